package com.wagateway.bootstrap.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "webhook_deliveries")
class DeliveryEntity {
  @Id
  @Column(length = 64)
  String id;

  @Column(name = "webhook_id", nullable = false, updatable = false, length = 64)
  String webhookId;

  @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
  String tenantId;

  @Column(name = "subscription_id", nullable = false, updatable = false, length = 64)
  String subscriptionId;

  @Column(name = "event_type", nullable = false, updatable = false, length = 32)
  String eventType;

  @Column(nullable = false, updatable = false)
  String payload;

  /** DeliveryState.name(). */
  @Column(nullable = false, length = 16)
  String state;

  @Column(nullable = false)
  int attempts;

  @Column(name = "next_attempt_at")
  Instant nextAttemptAt;

  /** Set and compared by the database's clock only, see {@link JpaDeliveryOutbox}. */
  @Column(name = "lease_until")
  Instant leaseUntil;

  /** The fencing token of the latest claim or replay. */
  @Column(name = "claim_version", nullable = false)
  long claim;

  @Column(name = "created_at", nullable = false, updatable = false)
  Instant createdAt;

  @Column(name = "delivered_at")
  Instant deliveredAt;

  @Override
  public String toString() {
    return "DeliveryEntity[id=" + id + ", state=" + state + ", attempts=" + attempts + "]";
  }
}
