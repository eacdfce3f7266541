package com.wagateway.application.capabilities;

import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Operation;
import java.util.Map;

/** For one tenant: its provider and, for every operation of the API, whether it is supported. */
public record Capabilities(
    TenantId tenantId, ProviderId provider, Map<Operation, Boolean> operations) {
  public Capabilities {
    operations = Map.copyOf(operations);
  }
}
