package com.wagateway.bootstrap.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code received_messages}; enums are stored by name, the provider by its key. */
@Entity
@Table(name = "received_messages")
class ReceivedMessageEntity {
  static final int TEXT_LENGTH = 4096;
  static final int ID_LENGTH = 255;

  @Id
  @Column(length = 64)
  String id;

  @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
  String tenantId;

  @Column(nullable = false, updatable = false, length = 32)
  String provider;

  @Column(name = "provider_message_id", nullable = false, updatable = false)
  String providerMessageId;

  @Column(name = "chat_id", nullable = false, updatable = false)
  String chatId;

  @Column(name = "chat_kind", nullable = false, updatable = false, length = 16)
  String chatKind;

  @Column(name = "sender_id", updatable = false)
  String senderId;

  @Column(name = "sender_name", updatable = false)
  String senderName;

  @Column(name = "from_me", nullable = false, updatable = false)
  boolean fromMe;

  @Column(nullable = false, updatable = false, length = 32)
  String type;

  @Column(length = TEXT_LENGTH)
  String text;

  @Column(name = "media_id")
  String mediaId;

  @Column(nullable = false)
  boolean edited;

  @Column(nullable = false)
  boolean deleted;

  @Column(name = "read_at")
  Instant readAt;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  Instant occurredAt;

  @Column(name = "received_at", nullable = false, updatable = false)
  Instant receivedAt;

  @Override
  public String toString() {
    return "ReceivedMessageEntity[id=" + id + ", tenant=" + tenantId + ", type=" + type + "]";
  }
}
