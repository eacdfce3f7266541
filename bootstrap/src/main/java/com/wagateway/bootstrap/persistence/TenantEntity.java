package com.wagateway.bootstrap.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A row of {@code tenants}: credentials only as ciphertext, the caller key only as a digest. */
@Entity
@Table(name = "tenants")
class TenantEntity {
  @Id
  @Column(length = 64)
  String id;

  @Column(nullable = false, length = 32)
  String provider;

  /** {@link CredentialCipher} output, never clear text. */
  @Column(nullable = false)
  String credentials;

  @Column(name = "api_key_digest", length = 64, unique = true)
  String apiKeyDigest;

  @Column(name = "auto_read", nullable = false)
  boolean autoRead;

  @Column(name = "created_at", nullable = false, updatable = false)
  Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  Instant updatedAt;

  @Version long version;

  @Override
  public String toString() {
    return "TenantEntity[id=" + id + ", provider=" + provider + ", version=" + version + "]";
  }
}
