package com.wagateway.adapter.rest.providermessages;

import com.wagateway.adapter.rest.validation.ProviderMessageIdParam;
import com.wagateway.application.paging.Page;
import com.wagateway.domain.providermessage.ProviderMessage;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A message as the provider keeps it, and a page of them. */
@Schema(name = "ProviderMessage")
public record ProviderMessageView(
    @Schema(example = ProviderMessageIdParam.EXAMPLE) String providerMessageId,
    @Schema(example = "573001234567@s.whatsapp.net") String chatId,
    @Schema(
            description = "The sender's WhatsApp id, when the provider says",
            example = "573001234567")
        String from,
    @Schema(description = "Sent from the tenant's own account", example = "false") boolean fromMe,
    @Schema(description = "When it was sent, when the provider says") Instant timestamp,
    @Schema(
            description = "The provider's word for the kind: text, image, system...",
            example = "text")
        String type,
    @Schema(
            description = "The text, or the caption of a captioned media message",
            example = "Hello")
        String text,
    @Schema(
            description = "The provider's delivery word: sent, delivered, read...",
            example = "read")
        String status) {

  static ProviderMessageView of(ProviderMessage m) {
    return new ProviderMessageView(
        m.id(), m.chatId(), m.from(), m.fromMe(), m.timestamp(), m.type(), m.text(), m.status());
  }

  @Schema(name = "ProviderMessagePage")
  public record PageView(
      List<ProviderMessageView> items,
      @Schema(description = "Pass back as `cursor` for the next page; absent on the last")
          String nextCursor) {
    static PageView of(Page<ProviderMessage> page) {
      return new PageView(
          page.items().stream().map(ProviderMessageView::of).toList(), page.nextCursor());
    }
  }
}
