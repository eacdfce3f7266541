package com.wagateway.adapter.rest.console;

import com.wagateway.application.messaging.SendOutcome;
import com.wagateway.application.messaging.SendsPerMinute;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The glance chart's data, as glance.js hands it to uPlot: the minutes (epoch seconds) and one
 * series of counts per outcome, in {@link SendOutcome}'s order.
 */
public record Glance(List<Long> minutes, List<Series> series) {

  /** One outcome's sends per minute, and its total over the window; {@code label} is for people. */
  public record Series(String outcome, String label, List<Long> counts, long total) {}

  static Glance of(SendsPerMinute hour) {
    List<Long> minutes =
        hour.minutes().stream().map(minute -> minute.start().getEpochSecond()).toList();
    List<Series> series =
        Arrays.stream(SendOutcome.values())
            .map(
                outcome ->
                    new Series(
                        outcome.name(),
                        outcome.name().replace('_', ' ').toLowerCase(Locale.ROOT),
                        hour.minutes().stream().map(minute -> minute.count(outcome)).toList(),
                        hour.total(outcome)))
            .toList();
    return new Glance(minutes, series);
  }
}
