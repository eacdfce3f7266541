package com.wagateway.application.admin;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * New caller keys: 256 random bits, URL-safe, with a prefix that makes leaked keys easy to spot.
 */
public final class ApiKeys {
  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiKeys() {}

  public static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "wagk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
