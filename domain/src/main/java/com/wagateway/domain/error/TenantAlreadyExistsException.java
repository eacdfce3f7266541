package com.wagateway.domain.error;

import com.wagateway.domain.model.TenantId;

/** A tenant with this id exists already. */
public final class TenantAlreadyExistsException extends GatewayException {
  public TenantAlreadyExistsException(TenantId tenantId) {
    super(
        ErrorCode.TENANT_ALREADY_EXISTS,
        "Tenant '" + tenantId + "' exists already",
        tenantId,
        null,
        null);
  }
}
