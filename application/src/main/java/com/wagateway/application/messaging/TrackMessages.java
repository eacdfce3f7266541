package com.wagateway.application.messaging;

import com.wagateway.application.port.MessageLog;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.error.ResourceNotFoundException;
import com.wagateway.domain.model.TenantId;

/** Use case: one of a tenant's sent messages, with its status history. */
public final class TrackMessages {
  private final TenantResolver tenants;
  private final MessageLog log;

  public TrackMessages(TenantResolver tenants, MessageLog log) {
    this.tenants = tenants;
    this.log = log;
  }

  public MessageRecord get(TenantId tenant, String id) {
    tenants.require(tenant);
    return log.find(tenant, id)
        .orElseThrow(() -> new ResourceNotFoundException(tenant, "Message '" + id + "'"));
  }
}
