package com.wagateway.bootstrap.persistence;

import jakarta.persistence.EntityExistsException;
import java.sql.SQLException;
import java.util.Locale;
import org.hibernate.NonUniqueObjectException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Recognises duplicate keys on insert, on H2 and PostgreSQL alike (both report SQL state 23505),
 * and tells a duplicate tenant id apart from other constraint violations.
 */
final class DuplicateKeys {
  private static final String API_KEY_CONSTRAINT = "uk_tenants_api_key_digest";
  private static final String UNIQUE_VIOLATION = "23505";

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

  /** Whether {@code failure} was caused by a primary key or unique constraint violation. */
  static boolean isDuplicateKey(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof EntityExistsException || t instanceof NonUniqueObjectException) {
        return true;
      }
      if (t instanceof ConstraintViolationException violation
          && violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
        return true;
      }
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
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
