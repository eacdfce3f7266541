package com.wagateway.domain.event;

import java.util.List;

/**
 * What a webhook payload meant: the events recognised in it, and whether anything in it was not
 * understood (then the raw payload is kept for a person to look at).
 */
public record Normalized(List<InboundEvent> events, boolean fullyUnderstood) {
  public Normalized {
    events = List.copyOf(events);
  }

  public static Normalized notUnderstood() {
    return new Normalized(List.of(), false);
  }
}
