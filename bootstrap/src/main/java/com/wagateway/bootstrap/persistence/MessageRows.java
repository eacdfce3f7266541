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

  static MessageEntity toEntity(MessageRecord message) {
    MessageEntity row = new MessageEntity();
    row.id = message.id();
    row.tenantId = message.tenantId().value();
    row.provider = message.provider().key();
    row.providerMessageId = message.providerMessageId();
    row.recipient = message.recipient();
    row.type = message.type().name();
    row.status = message.status().name();
    row.createdAt = message.createdAt();
    row.updatedAt = message.updatedAt() == null ? message.createdAt() : message.updatedAt();
    row.errorCode = message.errorCode();
    row.errorDetail = clip(message.errorDetail());
    return row;
  }

  static SendJournal.Attempt toAttempt(MessageRecord message) {
    MessageEntity row = toEntity(message);
    return new SendJournal.Attempt(
        row.id,
        row.tenantId,
        row.provider,
        row.providerMessageId,
        row.recipient,
        row.type,
        row.status,
        row.createdAt,
        row.updatedAt,
        row.errorCode,
        row.errorDetail);
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
