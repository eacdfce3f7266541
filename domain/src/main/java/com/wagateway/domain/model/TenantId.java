package com.wagateway.domain.model;

import com.wagateway.domain.error.InvalidValueException;
import java.util.regex.Pattern;

/** Identifies one WhatsApp number bound to one provider; lower-case, URL-safe, at most 64 chars. */
public record TenantId(String value) {
  private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  public TenantId {
    Require.present(value, "tenantId");
    if (!FORMAT.matcher(value).matches()) {
      throw new InvalidValueException(
          "tenantId", "must be 1-64 lower-case letters, digits, '-' or '_', starting alphanumeric");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
