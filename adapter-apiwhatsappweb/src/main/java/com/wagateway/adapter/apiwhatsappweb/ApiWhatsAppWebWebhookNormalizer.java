package com.wagateway.adapter.apiwhatsappweb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wagateway.domain.event.Normalized;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.WebhookNormalizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Reads API WhatsApp Web's webhooks, which all come to one URL, into inbound events through the
 * table of {@link WebhookShapes}: the documented "sent" (a SENT status), and the assumed "receive"
 * (a received message), "status" (a status, or a deletion), "connected" and "disconnected" (the
 * instance's state). A JSON object no row recognises is not understood. Payloads carry no time we
 * know of, so events are stamped on arrival unless they have a {@code timestamp}; dedup keys never
 * hold the time.
 */
@ApplicationScoped
public class ApiWhatsAppWebWebhookNormalizer implements WebhookNormalizer {
  // Private so that application-wide Jackson settings cannot change the parsing.
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Clock clock;

  @Inject
  ApiWhatsAppWebWebhookNormalizer() {
    this(Clock.systemUTC());
  }

  ApiWhatsAppWebWebhookNormalizer(Clock clock) {
    this.clock = clock;
  }

  @Override
  public ProviderId provider() {
    return ProviderId.APIWHATSAPPWEB;
  }

  @Override
  public Normalized normalize(String payload) {
    JsonNode root = parse(payload);
    if (!root.isObject()) {
      return Normalized.notUnderstood();
    }
    return WebhookShapes.of(root)
        .map(shape -> shape.read().apply(root, clock.instant()))
        .orElseGet(Normalized::notUnderstood);
  }

  private static JsonNode parse(String payload) {
    if (payload == null) {
      return MAPPER.missingNode();
    }
    try {
      JsonNode root = MAPPER.readTree(payload);
      return root == null ? MAPPER.missingNode() : root;
    } catch (JsonProcessingException malformed) {
      return MAPPER.missingNode();
    }
  }
}
