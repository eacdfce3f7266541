package com.wagateway.application.messaging;

import com.wagateway.domain.message.OutboundMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What "the same request" means for idempotency: the same recipient and content once parsed, so
 * whitespace, field order or {@code +57 300...} versus {@code 57300...} do not matter.
 */
final class Fingerprints {
  private Fingerprints() {}

  static String of(OutboundMessage message) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(message.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is mandatory on every JVM", e);
    }
  }
}
