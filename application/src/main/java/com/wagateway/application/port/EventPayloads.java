package com.wagateway.application.port;

import com.wagateway.application.outbound.OutboundEvent;

/** Writes the JSON body subscribers receive for an event (the public event format). */
public interface EventPayloads {

  String render(OutboundEvent event);
}
