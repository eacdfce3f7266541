package com.wagateway.domain.chat;

import java.time.Instant;
import java.util.Objects;

/**
 * A chat as the provider's phone sees it (not the gateway's own conversation history): its kind,
 * its last activity and the tenant's settings on it.
 *
 * @param type group, contact, broadcast, newsletter or unknown, as the provider says
 * @param lastActivity {@code null} when the provider does not say
 * @param mutedUntil {@code null} unless muted until a known moment
 */
public record ProviderChat(
    String chatId,
    String name,
    String type,
    Instant lastActivity,
    boolean pinned,
    boolean archived,
    boolean muted,
    Instant mutedUntil,
    int unreadCount,
    boolean readOnly) {
  public ProviderChat {
    Objects.requireNonNull(chatId, "chatId");
  }
}
