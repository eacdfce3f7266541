package com.wagateway.adapter.rest.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wagateway.application.outbound.OutboundEvent;
import com.wagateway.application.port.EventPayloads;
import jakarta.enterprise.context.ApplicationScoped;

/** Writes outbound events with the API's own JSON settings, so they read like its responses. */
@ApplicationScoped
public class JsonEventPayloads implements EventPayloads {
  private final ObjectMapper json;

  public JsonEventPayloads(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public String render(OutboundEvent event) {
    try {
      return json.writeValueAsString(EventEnvelope.of(event));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("An event could not be written as JSON", e);
    }
  }
}
