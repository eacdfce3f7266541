package com.wagateway.application.tenant;

import com.wagateway.application.port.TenantDirectory;
import com.wagateway.domain.error.ForbiddenException;
import com.wagateway.domain.error.TenantNotFoundException;
import com.wagateway.domain.error.UnauthenticatedException;
import com.wagateway.domain.model.ApiKeyDigest;
import com.wagateway.domain.model.Secret;
import com.wagateway.domain.model.Tenant;
import com.wagateway.domain.model.TenantId;
import java.util.Optional;

/**
 * Turns an API key into a {@link Caller} and decides whether it may reach a tenant. The admin key
 * is compared in constant time, tenant keys by their SHA-256 digest; an unknown tenant is reported
 * as such only to the admin, so tenant keys cannot probe which tenants exist.
 */
public final class AccessControl {
  private final Optional<Secret> adminKey;
  private final TenantDirectory tenants;

  public AccessControl(Optional<Secret> adminKey, TenantDirectory tenants) {
    this.adminKey = adminKey;
    this.tenants = tenants;
  }

  public Caller authenticate(String apiKey) {
    if (apiKey == null || apiKey.isBlank()) {
      throw new UnauthenticatedException("Send the API key as 'Authorization: Bearer <key>'");
    }
    if (adminKey.map(key -> key.matches(apiKey)).orElse(false)) {
      return new Caller.Admin();
    }
    // Looked up by digest: keys are long and random, so the lookup's timing reveals nothing.
    return tenants
        .findByApiKey(ApiKeyDigest.of(apiKey))
        .<Caller>map(t -> new Caller.OfTenant(t.id()))
        .orElseThrow(() -> new UnauthenticatedException("The API key is not valid"));
  }

  /** The tenant the caller may act on, or the reason it may not. */
  public Tenant authorize(String apiKey, TenantId tenantId) {
    return authorize(authenticate(apiKey), tenantId);
  }

  /** As {@link #authorize(String, TenantId)}, for a caller already authenticated. */
  public Tenant authorize(Caller caller, TenantId tenantId) {
    if (!caller.mayAccess(tenantId)) {
      throw new ForbiddenException(
          tenantId, "This API key does not give access to tenant '" + tenantId + "'");
    }
    return tenants.find(tenantId).orElseThrow(() -> new TenantNotFoundException(tenantId));
  }
}
