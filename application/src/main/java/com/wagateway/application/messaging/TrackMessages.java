package com.wagateway.application.messaging;

import com.wagateway.application.paging.Page;
import com.wagateway.application.port.MessageLog;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.error.ResourceNotFoundException;
import com.wagateway.domain.model.TenantId;

/** Use cases: a tenant's sent messages, one with its status history, or a filtered page. */
public final class TrackMessages {
  public static final int MAX_PAGE = 200;

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

  public Page<MessageRecord> list(TenantId tenant, MessageQuery query, String cursor, int limit) {
    tenants.require(tenant);
    Page.requireLimit(limit, MAX_PAGE);
    if (query.from() != null && query.to() != null && !query.from().isBefore(query.to())) {
      throw new InvalidValueException("from", "must be before to");
    }
    return log.list(tenant, query, cursor, limit);
  }
}
