package com.wagateway.domain.providermessage;

import java.time.Instant;
import java.util.Objects;

/**
 * A message as the provider's phone keeps it (not the gateway's own record of what it sent or
 * received): the small subset every kind of message shares, and its text or caption.
 *
 * @param from the sender's WhatsApp id; {@code null} when the provider does not say
 * @param type the provider's word for the kind ({@code text}, {@code image}, {@code system}...)
 * @param text the text, or the caption of a captioned media message; {@code null} otherwise
 * @param status the provider's delivery word ({@code sent}, {@code read}...); {@code null} when not
 *     given
 */
public record ProviderMessage(
    String id,
    String chatId,
    String from,
    boolean fromMe,
    Instant timestamp,
    String type,
    String text,
    String status) {
  public ProviderMessage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(chatId, "chatId");
  }
}
