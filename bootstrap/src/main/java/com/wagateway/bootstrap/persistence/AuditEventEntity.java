package com.wagateway.bootstrap.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A row of {@code audit_events}. No foreign key to {@code tenants}: the history of a tenant
 * outlives the tenant.
 */
@Entity
@Table(name = "audit_events")
class AuditEventEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  Instant at;

  @Column(nullable = false, updatable = false, length = 128)
  String actor;

  @Column(nullable = false, updatable = false, length = 64)
  String action;

  @Column(name = "tenant_id", updatable = false, length = 64)
  String tenantId;

  /** The changed fields as a JSON object of strings (secrets only as "changed"). */
  @Column(nullable = false, updatable = false)
  String changes;

  @Override
  public String toString() {
    return "AuditEventEntity[id=" + id + ", action=" + action + ", tenant=" + tenantId + "]";
  }
}
