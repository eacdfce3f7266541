package com.wagateway.adapter.rest.providermessages;

import com.wagateway.adapter.rest.validation.ChatIdParam;
import com.wagateway.domain.message.SentMessage;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the actions on a provider message that take a value, and the forward's answer. */
public final class ProviderMessageRequests {
  private ProviderMessageRequests() {}

  @Schema(name = "ForwardProviderMessage")
  public record Forward(
      @Schema(description = "The chat to forward to", example = "120363012345678901@g.us")
          @NotNull
          @ChatIdParam
          String to) {}

  @Schema(name = "PinProviderMessage")
  public record Pin(
      @Schema(description = "How long it stays pinned: day, week or month", example = "week")
          @NotNull
          @Pattern(regexp = "^(day|week|month)$", message = "must be day, week or month")
          String duration) {}

  @Schema(name = "ForwardedProviderMessage")
  public record Forwarded(
      @Schema(
              description = "The provider's id of the new message",
              example = "Fwd5678abcd-EFGH1234")
          String providerMessageId,
      @Schema(
              description = "ACCEPTED, SENT, DELIVERED, READ, PLAYED or FAILED",
              example = "ACCEPTED")
          String status) {
    static Forwarded of(SentMessage sent) {
      return new Forwarded(sent.providerMessageId(), sent.status().name());
    }
  }
}
