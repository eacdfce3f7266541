package com.wagateway.bootstrap.persistence;

import com.wagateway.application.messaging.MessageRecord;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.message.MessageType;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.TenantId;
import java.util.List;
import java.util.Map;

/** Maps between {@link MessageRecord} and its row. */
final class MessageRows {
  private MessageRows() {}

  /** The row of a new message, as the send journal inserts it. */
  static SendJournal.Attempt toAttempt(MessageRecord message) {
    return new SendJournal.Attempt(
        message.id(),
        message.tenantId().value(),
        message.provider().key(),
        message.providerMessageId(),
        message.recipient(),
        message.type().name(),
        message.status().name(),
        message.createdAt(),
        message.updatedAt() == null ? message.createdAt() : message.updatedAt(),
        message.errorCode(),
        clip(message.errorDetail()));
  }

  static MessageRecord toRecord(
      MessageEntity row, Map<String, List<MessageRecord.StatusChange>> histories) {
    return new MessageRecord(
        row.id,
        new TenantId(row.tenantId),
        ProviderId.fromKey(row.provider),
        row.providerMessageId,
        row.recipient,
        MessageType.valueOf(row.type),
        DeliveryStatus.valueOf(row.status),
        row.createdAt,
        row.updatedAt,
        row.errorCode,
        row.errorDetail,
        histories.getOrDefault(row.id, List.of()));
  }

  /** Provider error texts can be long; the column keeps the start, which says the most. */
  static String clip(String detail) {
    return detail == null || detail.length() <= MessageEntity.ERROR_DETAIL_LENGTH
        ? detail
        : detail.substring(0, MessageEntity.ERROR_DETAIL_LENGTH);
  }
}
