package com.wagateway.application.messaging;

import com.wagateway.domain.message.OutboundMessage;
import com.wagateway.domain.model.Sha256;

/**
 * What "the same request" means for idempotency: the same recipient and content once parsed, so
 * whitespace, field order or {@code +57 300...} versus {@code 57300...} do not matter.
 */
final class Fingerprints {
  private Fingerprints() {}

  static String of(OutboundMessage message) {
    return Sha256.hex(message.toString());
  }
}
