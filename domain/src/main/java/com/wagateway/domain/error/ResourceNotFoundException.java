package com.wagateway.domain.error;

import com.wagateway.domain.model.TenantId;

/** The tenant has nothing by this id (a message, say). */
public final class ResourceNotFoundException extends GatewayException {
  public ResourceNotFoundException(TenantId tenantId, String what) {
    super(ErrorCode.NOT_FOUND, what + " does not exist", tenantId, null, null);
  }
}
