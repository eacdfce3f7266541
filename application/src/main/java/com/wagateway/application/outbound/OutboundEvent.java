package com.wagateway.application.outbound;

import com.wagateway.domain.event.InboundEvent;
import com.wagateway.domain.model.TenantId;
import java.time.Instant;

/**
 * An event as subscribers receive it: {@code webhookId} identifies it, {@code messageId} is the
 * gateway's id of the message a status is about (null when it was not sent through the gateway, or
 * for other kinds).
 */
public record OutboundEvent(
    String webhookId,
    TenantId tenantId,
    InboundEvent event,
    String messageId,
    Instant publishedAt) {}
