package com.wagateway.application.fake;

import com.wagateway.application.admin.TenantAdministration;
import com.wagateway.application.paging.Page;
import com.wagateway.application.port.TenantRepository;
import com.wagateway.domain.error.TenantAlreadyExistsException;
import com.wagateway.domain.model.ApiKeyDigest;
import com.wagateway.domain.model.Tenant;
import com.wagateway.domain.model.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A tenant registry held in memory; tests change it between calls as an operator would. */
public final class InMemoryTenantDirectory implements TenantRepository {
  private final Map<String, Tenant> tenants = new TreeMap<>();

  public InMemoryTenantDirectory(Tenant... tenants) {
    for (Tenant tenant : tenants) {
      put(tenant);
    }
  }

  public InMemoryTenantDirectory put(Tenant tenant) {
    tenants.put(tenant.id().value(), tenant);
    return this;
  }

  @Override
  public Optional<Tenant> find(TenantId id) {
    return Optional.ofNullable(tenants.get(id.value()));
  }

  @Override
  public Optional<Tenant> findByApiKey(ApiKeyDigest digest) {
    return tenants.values().stream().filter(t -> digest.equals(t.apiKeyDigest())).findFirst();
  }

  @Override
  public void create(Tenant tenant) {
    if (tenants.putIfAbsent(tenant.id().value(), tenant) != null) {
      throw new TenantAlreadyExistsException(tenant.id());
    }
  }

  @Override
  public boolean update(Tenant tenant) {
    return tenants.replace(tenant.id().value(), tenant) != null;
  }

  @Override
  public boolean delete(TenantId id) {
    return tenants.remove(id.value()) != null;
  }

  @Override
  public Page<Tenant> list(TenantId afterId, int limit) {
    List<Tenant> after =
        tenants.values().stream()
            .filter(t -> afterId == null || t.id().value().compareTo(afterId.value()) > 0)
            .toList();
    List<Tenant> page = after.subList(0, Math.min(limit, after.size()));
    String next =
        after.size() > limit
            ? TenantAdministration.cursorAfter(page.get(page.size() - 1).id().value())
            : null;
    return new Page<>(page, next);
  }
}
