package com.wagateway.domain.presence;

import java.time.Instant;
import java.util.Objects;

/**
 * What a contact or chat last showed of itself, as far as the account is subscribed to it: its
 * state ({@code online}, {@code offline}, {@code typing}, {@code recording} or {@code pending}, the
 * provider's word kept as it came) and when it was last seen, if known.
 */
public record ContactPresence(String chatId, String state, Instant lastSeen) {
  public ContactPresence {
    Objects.requireNonNull(chatId, "chatId");
  }
}
