package com.wagateway.application.fake;

import com.wagateway.application.port.TenantDirectory;
import com.wagateway.domain.model.Tenant;
import com.wagateway.domain.model.TenantId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A tenant directory held in memory; tests change it between calls as configuration would. */
public final class InMemoryTenantDirectory implements TenantDirectory {
  private final Map<TenantId, Tenant> tenants = new LinkedHashMap<>();

  public InMemoryTenantDirectory(Tenant... tenants) {
    for (Tenant tenant : tenants) {
      put(tenant);
    }
  }

  public InMemoryTenantDirectory put(Tenant tenant) {
    tenants.put(tenant.id(), tenant);
    return this;
  }

  @Override
  public Optional<Tenant> find(TenantId id) {
    return Optional.ofNullable(tenants.get(id));
  }

  @Override
  public List<Tenant> all() {
    return new ArrayList<>(tenants.values());
  }
}
