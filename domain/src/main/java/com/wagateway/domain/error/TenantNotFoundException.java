package com.wagateway.domain.error;

import com.wagateway.domain.model.TenantId;

/** No tenant has this id. */
public final class TenantNotFoundException extends GatewayException {
  public TenantNotFoundException(TenantId tenantId) {
    super(
        ErrorCode.TENANT_NOT_FOUND,
        "Tenant '" + tenantId + "' does not exist",
        tenantId,
        null,
        null);
  }
}
