package com.wagateway.application.outbound;

import com.wagateway.domain.event.EventType;
import com.wagateway.domain.model.TenantId;
import java.time.Instant;

/** A delivery to put in the outbox, due at once. */
public record NewDelivery(
    String id,
    String webhookId,
    TenantId tenantId,
    String subscriptionId,
    EventType eventType,
    String payload,
    Instant createdAt) {}
