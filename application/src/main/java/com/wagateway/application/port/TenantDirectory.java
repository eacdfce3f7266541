package com.wagateway.application.port;

import com.wagateway.domain.model.ApiKeyDigest;
import com.wagateway.domain.model.Tenant;
import com.wagateway.domain.model.TenantId;
import java.util.Optional;

/** Where the serving path reads tenants; read on every request, so changes apply at once. */
public interface TenantDirectory {

  Optional<Tenant> find(TenantId id);

  /** The tenant whose callers use the key with this digest. */
  Optional<Tenant> findByApiKey(ApiKeyDigest digest);
}
