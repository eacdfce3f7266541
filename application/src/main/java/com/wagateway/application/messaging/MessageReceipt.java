package com.wagateway.application.messaging;

import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.message.MessageType;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.TenantId;
import java.time.Instant;

/** The gateway's record of one message handed to a provider. */
public record MessageReceipt(
    String id,
    String providerMessageId,
    ProviderId provider,
    TenantId tenantId,
    String to,
    MessageType type,
    DeliveryStatus status,
    Instant createdAt) {}
