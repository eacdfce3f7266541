package com.wagateway.application.tenant;

import com.wagateway.domain.model.TenantId;

/** Who is calling, as proven by the API key. */
public sealed interface Caller {

  boolean mayAccess(TenantId tenant);

  /** The operator: manages tenants and reaches every one of them. */
  record Admin() implements Caller {
    @Override
    public boolean mayAccess(TenantId tenant) {
      return true;
    }
  }

  /** A team bound to one tenant. */
  record OfTenant(TenantId tenantId) implements Caller {
    @Override
    public boolean mayAccess(TenantId tenant) {
      return tenantId.equals(tenant);
    }
  }
}
