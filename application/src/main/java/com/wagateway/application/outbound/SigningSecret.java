package com.wagateway.application.outbound;

import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.model.Secret;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A subscription's signing secret in the Standard Webhooks format: {@code whsec_} followed by the
 * base64 of 24 to 64 random bytes; those bytes are the HMAC key. Never shown by {@code toString()}.
 */
public final class SigningSecret {
  public static final String PREFIX = "whsec_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Secret text;
  private final byte[] key;

  private SigningSecret(String text, byte[] key) {
    this.text = Secret.of(text);
    this.key = key;
  }

  /** A new secret of 32 random bytes. */
  public static SigningSecret generate() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return new SigningSecret(PREFIX + Base64.getEncoder().encodeToString(key), key);
  }

  /**
   * Reads a secret given by a caller or read back from storage.
   *
   * @throws InvalidValueException naming {@code field} when it is not a {@code whsec_} secret
   */
  public static SigningSecret parse(String value, String field) {
    if (value == null || !value.startsWith(PREFIX)) {
      throw new InvalidValueException(field, "must start with " + PREFIX);
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(value.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(field, "must be " + PREFIX + " followed by base64");
    }
    if (key.length < 24 || key.length > 64) {
      throw new InvalidValueException(field, "must encode 24 to 64 bytes");
    }
    return new SigningSecret(value, key);
  }

  /** The HMAC-SHA256 key. */
  byte[] key() {
    return key.clone();
  }

  /** The {@code whsec_...} text, for the one response that shows it and for encrypted storage. */
  public String reveal() {
    return text.reveal();
  }

  @Override
  public String toString() {
    return "SigningSecret[******]";
  }
}
