package com.wagateway.bootstrap.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A row of {@code console_sessions}. No foreign key to {@code tenants}: a deleted tenant's sessions
 * lead nowhere anyway, since every page checks the tenant again.
 */
@Entity
@Table(name = "console_sessions")
class ConsoleSessionEntity {
  @Id
  @Column(name = "id_digest", length = 64)
  String idDigest;

  /** Null for the admin. */
  @Column(name = "tenant_id", updatable = false, length = 64)
  String tenantId;

  /** The tenant key's digest; null for the admin. */
  @Column(name = "api_key_digest", updatable = false, length = 64)
  String apiKeyDigest;

  @Column(name = "created_at", nullable = false, updatable = false)
  Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  Instant expiresAt;

  @Override
  public String toString() {
    return "ConsoleSessionEntity[tenant=" + tenantId + ", expiresAt=" + expiresAt + "]";
  }
}
