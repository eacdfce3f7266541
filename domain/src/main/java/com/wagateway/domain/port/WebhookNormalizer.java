package com.wagateway.domain.port;

import com.wagateway.domain.event.Normalized;
import com.wagateway.domain.model.ProviderId;

/** Reads one provider's webhook payloads into the gateway's event model. */
public interface WebhookNormalizer {

  ProviderId provider();

  /**
   * Never throws on bad input: malformed JSON, unknown event kinds or missing fields give {@link
   * Normalized#notUnderstood()} (or the events it could read, with {@code fullyUnderstood} false).
   */
  Normalized normalize(String payload);
}
