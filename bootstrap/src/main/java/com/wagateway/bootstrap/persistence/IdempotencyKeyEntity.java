package com.wagateway.bootstrap.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A row of {@code idempotency_keys}: who claimed a key, for which request, with what result. */
@Entity
@Table(name = "idempotency_keys")
@IdClass(IdempotencyKeyEntity.Key.class)
class IdempotencyKeyEntity {
  @Id
  @Column(name = "tenant_id", length = 64)
  String tenantId;

  @Id
  @Column(name = "idem_key", length = 255)
  String key;

  @Column(name = "request_hash", nullable = false, length = 64)
  String requestHash;

  @Column(name = "message_id", length = 64)
  String messageId;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  /** {@link #IN_PROGRESS} or {@link #COMPLETED}. */
  @Column(name = "state", nullable = false, length = 16)
  String state;

  @Column(name = "lease_until")
  Instant leaseUntil;

  static final String IN_PROGRESS = "IN_PROGRESS";
  static final String COMPLETED = "COMPLETED";

  @Override
  public String toString() {
    return "IdempotencyKeyEntity[tenant=" + tenantId + ", state=" + state + "]";
  }

  /** The composite primary key. */
  static class Key implements Serializable {
    String tenantId;
    String key;

    Key() {}

    Key(String tenantId, String key) {
      this.tenantId = tenantId;
      this.key = key;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key that
          && Objects.equals(tenantId, that.tenantId)
          && Objects.equals(key, that.key);
    }

    @Override
    public int hashCode() {
      return Objects.hash(tenantId, key);
    }
  }
}
