package com.wagateway.application.port;

import com.wagateway.domain.model.Tenant;
import com.wagateway.domain.model.TenantId;
import java.util.List;
import java.util.Optional;

/** Where tenants come from (configuration today, a database later); read on every request. */
public interface TenantDirectory {

  Optional<Tenant> find(TenantId id);

  List<Tenant> all();
}
