package com.wagateway.domain.error;

import com.wagateway.domain.model.ProviderAccount;

/** The instance is in a state that rules the request out, e.g. a QR asked while connected. */
public final class InstanceStateConflictException extends GatewayException {
  public InstanceStateConflictException(ProviderAccount account, String detail) {
    super(ErrorCode.INSTANCE_STATE_CONFLICT, detail, account.tenantId(), account.provider(), null);
  }
}
