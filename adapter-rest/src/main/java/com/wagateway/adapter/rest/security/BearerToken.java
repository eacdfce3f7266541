package com.wagateway.adapter.rest.security;

import java.util.Locale;

/** Reads the API key out of an {@code Authorization: Bearer <key>} header. */
final class BearerToken {
  private static final String SCHEME = "bearer ";

  private BearerToken() {}

  /** The key, or {@code null} when the header is absent or uses another scheme. */
  static String from(String authorization) {
    if (authorization == null
        || authorization.length() <= SCHEME.length()
        || !authorization.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)) {
      return null;
    }
    return authorization.substring(SCHEME.length()).strip();
  }
}
