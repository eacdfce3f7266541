package com.wagateway.adapter.whapi;

import com.wagateway.adapter.whapi.WhapiResponses.Success;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.message.SentMessage;
import com.wagateway.domain.model.ProviderAccount;
import java.util.Optional;

/**
 * Reads Whapi's {@code SentMessage} answer. Delivery status ({@code StatusEnum}): {@code pending}
 * (clock icon, not yet on WhatsApp's server) -> ACCEPTED; {@code sent} (one tick) -> SENT; {@code
 * delivered} -> DELIVERED; {@code read} and {@code played} -> READ; {@code failed} -> FAILED;
 * absent or anything else (e.g. {@code deleted}) -> ACCEPTED, since Whapi did take the message.
 */
final class WhapiSentMessages {
  private WhapiSentMessages() {}

  static SentMessage toDomain(ProviderAccount account, WhapiResponses.SentMessage answer) {
    if (!Boolean.TRUE.equals(answer.sent())) {
      throw WhapiJson.notAsDocumented(account, "\"sent\": true");
    }
    if (answer.message() == null
        || answer.message().id() == null
        || answer.message().id().isBlank()) {
      throw WhapiJson.notAsDocumented(account, "message.id");
    }
    return new SentMessage(answer.message().id(), status(answer.message().status()));
  }

  static DeliveryStatus status(String whapiStatus) {
    return whapiStatus == null
        ? DeliveryStatus.ACCEPTED
        : progress(whapiStatus).orElse(DeliveryStatus.ACCEPTED);
  }

  /** The status words that say how far a message got; empty for any other word. */
  static Optional<DeliveryStatus> progress(String whapiStatus) {
    return switch (whapiStatus) {
      case "sent" -> Optional.of(DeliveryStatus.SENT);
      case "delivered" -> Optional.of(DeliveryStatus.DELIVERED);
      case "read" -> Optional.of(DeliveryStatus.READ);
      case "played" -> Optional.of(DeliveryStatus.PLAYED);
      case "failed" -> Optional.of(DeliveryStatus.FAILED);
      default -> Optional.empty();
    };
  }

  /**
   * Whapi answers a reaction and an event ({@code POST /communities/event}) with {@code
   * ResponseSuccess} and no id of its own: the message has been handed to WhatsApp, so it counts as
   * SENT.
   */
  static SentMessage withoutId(ProviderAccount account, Success answer) {
    WhapiJson.requireSuccess(account, answer);
    return new SentMessage(null, DeliveryStatus.SENT);
  }
}
