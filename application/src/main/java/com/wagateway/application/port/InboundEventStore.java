package com.wagateway.application.port;

import com.wagateway.domain.event.InboundEvent;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.TenantId;
import java.time.Instant;

/** Keeps every webhook event the providers send, once: a redelivered event is recognised. */
public interface InboundEventStore {

  /**
   * Stores the event unless one with its dedup key was stored for the tenant before.
   *
   * @return true when the event is new
   */
  boolean storeOnce(TenantId tenant, InboundEvent event, Instant receivedAt);

  /** Keeps a payload the gateway could not (fully) read, as it came, for a person to look at. */
  void storeRaw(TenantId tenant, ProviderId provider, String payload, Instant receivedAt);
}
