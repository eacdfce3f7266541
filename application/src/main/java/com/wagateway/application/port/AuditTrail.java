package com.wagateway.application.port;

import com.wagateway.application.admin.AuditEvent;
import com.wagateway.application.paging.Page;
import com.wagateway.domain.model.TenantId;

/** An append-only record of every administrative change. */
public interface AuditTrail {

  void record(AuditEvent event);

  /**
   * Newest first; only {@code tenant}'s events when given; before event {@code beforeId} when
   * given.
   */
  Page<AuditEvent> list(TenantId tenant, Long beforeId, int limit);
}
