package com.wagateway.application.fake;

import com.wagateway.application.admin.AuditEvent;
import com.wagateway.application.paging.Page;
import com.wagateway.application.port.AuditTrail;
import com.wagateway.domain.model.TenantId;
import java.util.ArrayList;
import java.util.List;

/** An audit trail in memory, newest first, numbering events as a database would. */
public final class InMemoryAuditTrail implements AuditTrail {
  private final List<AuditEvent> events = new ArrayList<>();

  @Override
  public void record(AuditEvent event) {
    events.add(
        0,
        new AuditEvent(
            (long) events.size() + 1,
            event.at(),
            event.actor(),
            event.action(),
            event.tenantId(),
            event.changes()));
  }

  @Override
  public Page<AuditEvent> list(TenantId tenant, Long beforeId, int limit) {
    List<AuditEvent> matching =
        events.stream()
            .filter(e -> tenant == null || tenant.equals(e.tenantId()))
            .filter(e -> beforeId == null || e.id() < beforeId)
            .limit(limit)
            .toList();
    return new Page<>(matching, null);
  }

  public List<AuditEvent> all() {
    return List.copyOf(events);
  }
}
