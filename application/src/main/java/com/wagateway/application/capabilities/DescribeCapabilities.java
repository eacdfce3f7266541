package com.wagateway.application.capabilities;

import com.wagateway.application.tenant.ProviderRouter;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Operation;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** Use case: what the tenant's current provider can do, as its adapters declare it. */
public final class DescribeCapabilities {
  private final TenantResolver tenants;
  private final ProviderRouter router;

  public DescribeCapabilities(TenantResolver tenants, ProviderRouter router) {
    this.tenants = tenants;
    this.router = router;
  }

  public Capabilities of(TenantId tenantId) {
    ProviderId provider = tenants.require(tenantId).provider();
    Set<Operation> supported = router.supportedOperations(provider);
    Map<Operation, Boolean> operations = new EnumMap<>(Operation.class);
    for (Operation operation : Operation.values()) {
      operations.put(operation, supported.contains(operation));
    }
    return new Capabilities(tenantId, provider, operations);
  }
}
