package com.wagateway.bootstrap.persistence;

import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** The AES-256 key that encrypts provider credentials at rest; never printed. */
public final class MasterKey {
  static final String PROPERTY = "gateway.security.master-key";
  static final String ENV = "GATEWAY_SECURITY_MASTER_KEY";
  static final String HOW_TO_GENERATE = "generate one with: openssl rand -base64 32";
  private static final int LENGTH = 32;

  private final SecretKey key;

  private MasterKey(byte[] bytes) {
    this.key = new SecretKeySpec(bytes, "AES");
  }

  /** Parses the configured value; the message of a failure never contains the value. */
  public static MasterKey parse(String base64) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw invalid("is not valid base64");
    }
    if (bytes.length != LENGTH) {
      throw invalid("decodes to " + bytes.length + " bytes, expected " + LENGTH);
    }
    return new MasterKey(bytes);
  }

  /** A fresh random key, as base64. */
  static String generate() {
    byte[] bytes = new byte[LENGTH];
    new SecureRandom().nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  SecretKey secretKey() {
    return key;
  }

  private static IllegalStateException invalid(String problem) {
    return new IllegalStateException(
        "The master key ("
            + PROPERTY
            + " / "
            + ENV
            + ") "
            + problem
            + ": it must be the base64 encoding of exactly 32 bytes; "
            + HOW_TO_GENERATE);
  }

  @Override
  public String toString() {
    return "MasterKey[******]";
  }
}
