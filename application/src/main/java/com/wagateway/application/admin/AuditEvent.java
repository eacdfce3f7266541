package com.wagateway.application.admin;

import com.wagateway.domain.model.TenantId;
import java.time.Instant;
import java.util.Map;

/**
 * One administrative change: who did what to which tenant, and which fields changed. Secret fields
 * appear only as "changed", never with a value.
 */
public record AuditEvent(
    Long id,
    Instant at,
    String actor,
    String action,
    TenantId tenantId,
    Map<String, String> changes) {
  public AuditEvent {
    changes = Map.copyOf(changes);
  }
}
