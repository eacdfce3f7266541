package com.wagateway.domain.model;

import com.wagateway.domain.error.InvalidValueException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * What the gateway keeps of a caller's API key: its SHA-256, never the key. Keys are long random
 * strings, so a plain digest cannot be reversed; lookups go by digest and comparison runs in
 * constant time.
 */
public record ApiKeyDigest(String sha256Hex) {
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  public ApiKeyDigest {
    if (sha256Hex == null || !HEX.matcher(sha256Hex).matches()) {
      throw new InvalidValueException("apiKeyDigest", "must be 64 lower-case hex digits");
    }
  }

  /** The digest of a clear key. */
  public static ApiKeyDigest of(String clearKey) {
    Require.text(clearKey, "apiKey", 1, 4096);
    return new ApiKeyDigest(Sha256.hex(clearKey));
  }

  public boolean matches(String candidate) {
    if (candidate == null || candidate.isEmpty()) {
      return false;
    }
    return MessageDigest.isEqual(HexFormat.of().parseHex(sha256Hex), Sha256.of(candidate));
  }

  @Override
  public String toString() {
    return "ApiKeyDigest[" + sha256Hex.substring(0, 8) + "…]";
  }
}
