package com.wagateway.bootstrap.persistence;

import jakarta.persistence.EntityExistsException;
import java.util.Locale;
import org.hibernate.NonUniqueObjectException;
import org.hibernate.exception.ConstraintViolationException;

/** Tells a duplicate tenant id apart from other constraint violations on insert. */
final class DuplicateKeys {
  private static final String API_KEY_CONSTRAINT = "uk_tenants_api_key_digest";

  private DuplicateKeys() {}

  static boolean isDuplicateTenantId(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof EntityExistsException || t instanceof NonUniqueObjectException) {
        return true;
      }
      if (t instanceof ConstraintViolationException violation) {
        return violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE
            && !names(violation, API_KEY_CONSTRAINT);
      }
    }
    return false;
  }

  private static boolean names(ConstraintViolationException violation, String constraint) {
    String name = violation.getConstraintName();
    String message =
        violation.getSQLException() == null ? "" : violation.getSQLException().getMessage();
    return (name != null && name.toLowerCase(Locale.ROOT).contains(constraint))
        || (message != null && message.toLowerCase(Locale.ROOT).contains(constraint));
  }
}
