package com.wagateway.bootstrap.persistence;

import com.wagateway.domain.model.ApiKeyDigest;
import com.wagateway.domain.model.Tenant;
import com.wagateway.domain.model.TenantId;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenants one HTTP request has read, so that authenticating the caller, authorising the tenant
 * and running the use case read the row (and decrypt its credentials) once. It lives only as long
 * as the request: the next request reads the registry again and sees any change at once.
 */
@RequestScoped
class RequestTenants {
  private final Map<TenantId, Optional<Tenant>> byId = new HashMap<>();
  private final Map<ApiKeyDigest, Optional<Tenant>> byKey = new HashMap<>();

  static boolean active() {
    return Arc.container() != null && Arc.container().requestContext().isActive();
  }

  Optional<Tenant> byId(TenantId id, Supplier<Optional<Tenant>> read) {
    Optional<Tenant> known = byId.get(id);
    if (known == null) {
      known = read.get();
      byId.put(id, known);
    }
    return known;
  }

  Optional<Tenant> byKey(ApiKeyDigest digest, Supplier<Optional<Tenant>> reader) {
    Optional<Tenant> known = byKey.get(digest);
    if (known != null) {
      return known;
    }
    Optional<Tenant> read = reader.get();
    byKey.put(digest, read);
    read.ifPresent(tenant -> byId.put(tenant.id(), read));
    return read;
  }

  /** A write in this request: later reads go to the database again. */
  void forget() {
    byId.clear();
    byKey.clear();
  }
}
