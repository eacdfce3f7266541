package com.wagateway.domain.error;

import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Operation;

/** The tenant's provider cannot do this; raised before the provider is called. */
public final class CapabilityNotSupportedException extends GatewayException {
  private final transient Operation operation;

  public CapabilityNotSupportedException(
      TenantId tenantId, ProviderId provider, Operation operation) {
    this(
        tenantId,
        provider,
        operation,
        "Provider '" + provider.key() + "' does not support " + operation.key());
  }

  public CapabilityNotSupportedException(
      TenantId tenantId, ProviderId provider, Operation operation, String detail) {
    super(ErrorCode.CAPABILITY_NOT_SUPPORTED, detail, tenantId, provider, null);
    this.operation = operation;
  }

  public Operation operation() {
    return operation;
  }
}
