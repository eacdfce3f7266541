package com.wagateway.application.port;

import com.wagateway.application.paging.Page;
import com.wagateway.domain.model.Tenant;
import com.wagateway.domain.model.TenantId;

/** The tenant registry as operators change it; every write is atomic. */
public interface TenantRepository extends TenantDirectory {

  /**
   * Stores a new tenant.
   *
   * @throws com.wagateway.domain.error.TenantAlreadyExistsException when the id is taken
   */
  void create(Tenant tenant);

  /**
   * Replaces an existing tenant's credentials and key digest.
   *
   * @return false when no such tenant exists
   */
  boolean update(Tenant tenant);

  /**
   * @return false when no such tenant existed
   */
  boolean delete(TenantId id);

  /** Tenants ordered by id, {@code limit} at most, starting after {@code afterId} when given. */
  Page<Tenant> list(TenantId afterId, int limit);
}
