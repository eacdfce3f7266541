package com.wagateway.domain.providermessage;

import com.wagateway.domain.error.InvalidValueException;
import java.time.Instant;

/**
 * Which part of the provider's message history to list: one chat or every chat, and an optional
 * window of time (both ends inclusive, either may be open).
 *
 * @param chatId {@code null} for every chat
 */
public record HistoryFilter(String chatId, Instant since, Instant until) {
  public HistoryFilter {
    if (since != null && until != null && since.isAfter(until)) {
      throw new InvalidValueException("since", "must not be after until");
    }
  }

  public static HistoryFilter everything() {
    return new HistoryFilter(null, null, null);
  }
}
