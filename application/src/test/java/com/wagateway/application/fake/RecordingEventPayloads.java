package com.wagateway.application.fake;

import com.wagateway.application.outbound.OutboundEvent;
import com.wagateway.application.port.EventPayloads;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Renders a small JSON body per event and remembers every event it rendered. */
public final class RecordingEventPayloads implements EventPayloads {
  private final List<OutboundEvent> rendered = new CopyOnWriteArrayList<>();

  @Override
  public String render(OutboundEvent event) {
    rendered.add(event);
    return bodyOf(event);
  }

  /** The body {@link #render} gives this event. */
  public static String bodyOf(OutboundEvent event) {
    return "{\"id\":\""
        + event.webhookId()
        + "\",\"type\":\""
        + event.event().type().key()
        + "\",\"messageId\":"
        + (event.messageId() == null ? "null" : "\"" + event.messageId() + "\"")
        + "}";
  }

  public List<OutboundEvent> rendered() {
    return List.copyOf(rendered);
  }
}
