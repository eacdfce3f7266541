package com.wagateway.bootstrap.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code messages}; enums are stored by name, the provider by its key. */
@Entity
@Table(name = "messages")
class MessageEntity {
  static final int ERROR_DETAIL_LENGTH = 1024;

  @Id
  @Column(length = 64)
  String id;

  @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
  String tenantId;

  @Column(nullable = false, length = 32)
  String provider;

  @Column(name = "provider_message_id")
  String providerMessageId;

  @Column(nullable = false, updatable = false, length = 128)
  String recipient;

  @Column(nullable = false, updatable = false, length = 32)
  String type;

  @Column(nullable = false, length = 16)
  String status;

  @Column(name = "created_at", nullable = false, updatable = false)
  Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  Instant updatedAt;

  @Column(name = "error_code", length = 64)
  String errorCode;

  @Column(name = "error_detail", length = ERROR_DETAIL_LENGTH)
  String errorDetail;

  @Override
  public String toString() {
    return "MessageEntity[id=" + id + ", tenant=" + tenantId + ", status=" + status + "]";
  }
}
