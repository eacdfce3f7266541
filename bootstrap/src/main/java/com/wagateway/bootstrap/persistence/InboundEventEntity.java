package com.wagateway.bootstrap.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code inbound_events}: one webhook event, or one unreadable payload kept raw. */
@Entity
@Table(name = "inbound_events")
class InboundEventEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
  String tenantId;

  @Column(nullable = false, updatable = false, length = 32)
  String provider;

  /** {@code message.received}, {@code message.status}, {@code instance.status} or {@code raw}. */
  @Column(nullable = false, updatable = false, length = 32)
  String kind;

  static final int DEDUP_KEY_LENGTH = 512;

  @Column(name = "dedup_key", updatable = false, length = DEDUP_KEY_LENGTH)
  String dedupKey;

  @Column(name = "occurred_at", updatable = false)
  Instant occurredAt;

  @Column(name = "received_at", nullable = false, updatable = false)
  Instant receivedAt;

  @Column(updatable = false)
  String payload;

  @Override
  public String toString() {
    return "InboundEventEntity[id=" + id + ", tenant=" + tenantId + ", kind=" + kind + "]";
  }
}
