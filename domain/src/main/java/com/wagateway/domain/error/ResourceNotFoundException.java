package com.wagateway.domain.error;

import com.wagateway.domain.model.TenantId;

/** The tenant has nothing by this id (a message, say). */
public final class ResourceNotFoundException extends GatewayException {
  public ResourceNotFoundException(TenantId tenantId, String what) {
    this(tenantId, what + " does not exist", true);
  }

  private ResourceNotFoundException(TenantId tenantId, String detail, boolean unused) {
    super(ErrorCode.NOT_FOUND, detail, tenantId, null, null);
  }

  /** Not found here, for a reason {@code detail} gives (say, where to find it instead). */
  public static ResourceNotFoundException because(TenantId tenantId, String detail) {
    return new ResourceNotFoundException(tenantId, detail, true);
  }
}
