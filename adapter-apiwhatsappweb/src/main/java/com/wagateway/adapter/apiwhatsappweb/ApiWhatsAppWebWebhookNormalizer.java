package com.wagateway.adapter.apiwhatsappweb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wagateway.domain.event.InboundEvent.MessageStatusChanged;
import com.wagateway.domain.event.Normalized;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.WebhookNormalizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * Reads API WhatsApp Web's one documented webhook, "sent" ({@code message}, {@code messageSent},
 * {@code number}, {@code messageId}), as a SENT status keyed {@code
 * apiwhatsappweb:sent:<messageId>}; every other payload (the other kinds are undocumented) is not
 * understood.
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

  /** The payload has no time of its own, so the event is stamped when it arrives. */
  @Override
  public Normalized normalize(String payload) {
    JsonNode root = parse(payload);
    String messageId = text(root, "messageId");
    if (messageId == null || !root.has("messageSent")) {
      return Normalized.notUnderstood();
    }
    return new Normalized(
        List.of(
            new MessageStatusChanged(
                ProviderId.APIWHATSAPPWEB,
                "apiwhatsappweb:sent:" + messageId,
                clock.instant(),
                messageId,
                DeliveryStatus.SENT,
                text(root, "number"),
                null)),
        true);
  }

  private static String text(JsonNode root, String field) {
    JsonNode value = root.path(field);
    // The send answer gives the phone as a number, so the webhook may too.
    boolean readable = value.isTextual() || value.isIntegralNumber();
    return readable && !value.asText().isBlank() ? value.asText() : null;
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
