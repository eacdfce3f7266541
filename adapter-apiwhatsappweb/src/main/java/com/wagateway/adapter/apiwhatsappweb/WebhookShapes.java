package com.wagateway.adapter.apiwhatsappweb;

import com.fasterxml.jackson.databind.JsonNode;
import com.wagateway.domain.event.InboundEvent.MessageStatusChanged;
import com.wagateway.domain.event.Normalized;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.model.ProviderId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * The table of payload shapes the gateway recognises. All five webhook kinds arrive at one URL, so
 * a payload is told apart by its content: the first row whose test matches reads it. Only "sent" is
 * documented; the other rows are assumed shapes, read leniently.
 */
final class WebhookShapes {
  /** One row: the kind, how to recognise it, and how to read it (arrival time given). */
  record Shape(
      String kind,
      Predicate<JsonNode> recognises,
      BiFunction<JsonNode, Instant, Normalized> read) {}

  static final List<Shape> ROWS =
      List.of(
          new Shape("sent", root -> root.has("messageSent"), WebhookShapes::sent),
          new Shape("connection", WebhookSession::looksLikeOne, WebhookSession::read),
          new Shape("status", WebhookStatuses::looksLikeOne, WebhookStatuses::read),
          new Shape("receive", WebhookMessages::looksLikeOne, WebhookMessages::read));

  private WebhookShapes() {}

  static Optional<Shape> of(JsonNode root) {
    return ROWS.stream().filter(shape -> shape.recognises().test(root)).findFirst();
  }

  /**
   * The documented "sent" webhook ({@code message}, {@code messageSent}, {@code number}, {@code
   * messageId}): a SENT status keyed {@code apiwhatsappweb:sent:<messageId>}, stamped on arrival.
   */
  private static Normalized sent(JsonNode root, Instant arrival) {
    String messageId = WebhookFields.capped(WebhookFields.text(root, "messageId"));
    if (messageId == null) {
      return Normalized.notUnderstood();
    }
    return new Normalized(
        List.of(
            new MessageStatusChanged(
                ProviderId.APIWHATSAPPWEB,
                "apiwhatsappweb:sent:" + messageId,
                arrival,
                messageId,
                DeliveryStatus.SENT,
                WebhookFields.text(root, "number"),
                null)),
        true);
  }
}
