package com.wagateway.application.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A tenant's sends per minute over a window, oldest minute first, every minute present (zero when
 * nothing was sent), each counted by its outcome as it stands now.
 */
public record SendsPerMinute(List<Minute> minutes) {
  public SendsPerMinute {
    minutes = List.copyOf(minutes);
  }

  /** The sends that started in the minute from {@code start}, by outcome. */
  public record Minute(Instant start, Map<SendOutcome, Long> counts) {
    public Minute {
      counts = Map.copyOf(counts);
    }

    public long count(SendOutcome outcome) {
      return counts.getOrDefault(outcome, 0L);
    }
  }

  /** The window's total of one outcome. */
  public long total(SendOutcome outcome) {
    return minutes.stream().mapToLong(minute -> minute.count(outcome)).sum();
  }
}
