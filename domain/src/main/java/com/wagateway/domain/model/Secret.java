package com.wagateway.domain.model;

import java.security.MessageDigest;

/**
 * A credential that never shows itself: {@code toString()} is masked, and comparison runs in
 * constant time over SHA-256 digests so neither content nor length leaks through timing.
 */
public final class Secret {
  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  public static Secret of(String value) {
    return new Secret(Require.text(value, "secret", 1, 4096));
  }

  /** The clear value, for the one place that must send it (an HTTP header to the provider). */
  public String reveal() {
    return value;
  }

  /**
   * A hint for operators: the last four characters of a long secret, nothing of a short one (so
   * that most of it always stays hidden).
   */
  public String masked() {
    return value.length() >= 16 ? "****" + value.substring(value.length() - 4) : "****";
  }

  public boolean matches(String candidate) {
    if (candidate == null) {
      return false;
    }
    return MessageDigest.isEqual(Sha256.of(value), Sha256.of(candidate));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Secret secret && secret.matches(value);
  }

  @Override
  public int hashCode() {
    return 0; // deliberately constant: a hash would leak information about the value
  }

  @Override
  public String toString() {
    return "******";
  }
}
