package com.wagateway.domain.error;

import com.wagateway.domain.model.TenantId;

/** A valid key used on a tenant or operation it does not cover. */
public final class ForbiddenException extends GatewayException {
  public ForbiddenException(TenantId tenantId, String detail) {
    super(ErrorCode.FORBIDDEN, detail, tenantId, null, null);
  }
}
