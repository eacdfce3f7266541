package com.wagateway.adapter.rest.chats;

import com.wagateway.adapter.rest.validation.ChatIdParam;
import com.wagateway.application.paging.Page;
import com.wagateway.domain.chat.ProviderChat;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A chat as the provider keeps it, and a page of them. */
@Schema(name = "ProviderChat")
public record ProviderChatView(
    @Schema(example = ChatIdParam.EXAMPLE) String chatId,
    @Schema(example = "Ana") String name,
    @Schema(description = "group, contact, broadcast, newsletter or unknown", example = "contact")
        String type,
    @Schema(description = "Last activity, when the provider says") Instant lastActivity,
    @Schema(example = "true") boolean pinned,
    @Schema(example = "false") boolean archived,
    @Schema(example = "true") boolean muted,
    @Schema(description = "When the mute ends, when the provider says") Instant mutedUntil,
    @Schema(example = "3") int unreadCount,
    @Schema(example = "false") boolean readOnly) {

  static ProviderChatView of(ProviderChat c) {
    return new ProviderChatView(
        c.chatId(),
        c.name(),
        c.type(),
        c.lastActivity(),
        c.pinned(),
        c.archived(),
        c.muted(),
        c.mutedUntil(),
        c.unreadCount(),
        c.readOnly());
  }

  @Schema(name = "ProviderChatPage")
  public record PageView(
      List<ProviderChatView> items,
      @Schema(description = "Pass back as `cursor` for the next page; absent on the last")
          String nextCursor) {
    static PageView of(Page<ProviderChat> page) {
      return new PageView(
          page.items().stream().map(ProviderChatView::of).toList(), page.nextCursor());
    }
  }
}
