package com.wagateway.adapter.whapi;

import com.wagateway.domain.event.InboundEvent;
import com.wagateway.domain.event.Normalized;
import java.util.ArrayList;
import java.util.List;

/** Collects the events read from one webhook payload and whether anything in it was skipped. */
final class WhapiWebhookReading {
  private final List<InboundEvent> events = new ArrayList<>();
  private boolean fullyUnderstood = true;

  void add(InboundEvent event) {
    events.add(event);
  }

  void notUnderstood() {
    fullyUnderstood = false;
  }

  Normalized result() {
    return new Normalized(events, fullyUnderstood);
  }
}
