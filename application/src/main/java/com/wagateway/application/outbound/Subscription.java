package com.wagateway.application.outbound;

import com.wagateway.domain.event.EventType;
import com.wagateway.domain.model.Require;
import com.wagateway.domain.model.TenantId;
import java.net.URI;
import java.time.Instant;
import java.util.Set;

/** A tenant's receiver of events: where to deliver them, which kinds, and the signing secret. */
public record Subscription(
    String id,
    TenantId tenantId,
    URI url,
    Set<EventType> events,
    SigningSecret secret,
    Instant createdAt) {
  public Subscription {
    Require.present(id, "id");
    Require.present(tenantId, "tenantId");
    Require.present(url, "url");
    Require.present(secret, "secret");
    Require.present(createdAt, "createdAt");
    events = Set.copyOf(Require.size(events, "events", 1, EventType.values().length));
  }

  public boolean wants(EventType type) {
    return events.contains(type);
  }
}
