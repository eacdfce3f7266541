package com.wagateway.bootstrap.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "webhook_subscriptions")
class SubscriptionEntity {
  @Id
  @Column(length = 64)
  String id;

  @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
  String tenantId;

  @Column(nullable = false, length = 2048)
  String url;

  /** EventType keys, comma separated. */
  @Column(name = "event_types", nullable = false, length = 256)
  String eventTypes;

  /** {@link CredentialCipher} output, never clear text. */
  @Column(nullable = false)
  String secret;

  @Column(name = "created_at", nullable = false, updatable = false)
  Instant createdAt;

  @Override
  public String toString() {
    return "SubscriptionEntity[id=" + id + ", tenant=" + tenantId + "]";
  }
}
