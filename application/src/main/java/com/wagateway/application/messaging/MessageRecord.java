package com.wagateway.application.messaging;

import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.message.MessageType;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.TenantId;
import java.time.Instant;
import java.util.List;

/**
 * Everything the gateway knows about one message it sent: who, through which provider, to whom,
 * where it stands, how it got there, and why it failed if it did.
 */
public record MessageRecord(
    String id,
    TenantId tenantId,
    ProviderId provider,
    String providerMessageId,
    String recipient,
    MessageType type,
    DeliveryStatus status,
    Instant createdAt,
    Instant updatedAt,
    String errorCode,
    String errorDetail,
    List<StatusChange> history) {
  public MessageRecord {
    history = List.copyOf(history);
  }

  /** One step of the message's status history. */
  public record StatusChange(DeliveryStatus status, Instant at) {}

  MessageReceipt toReceipt() {
    return new MessageReceipt(
        id, providerMessageId, provider, tenantId, recipient, type, status, createdAt);
  }
}
