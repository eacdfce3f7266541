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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

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
    Caller admin = admin(apiKey);
    // Looked up by digest: keys are long and random, so the lookup's timing reveals nothing.
    return admin != null ? admin : ofTenant(tenants.findByApiKey(ApiKeyDigest.of(apiKey)));
  }

  /**
   * As {@link #authenticate} without blocking the caller (see {@link
   * TenantDirectory#findByApiKeyLater}); the stage fails with what {@code authenticate} throws.
   */
  public CompletionStage<Caller> authenticateLater(String apiKey) {
    Caller admin;
    try {
      admin = admin(apiKey);
    } catch (UnauthenticatedException missing) {
      return CompletableFuture.failedFuture(missing);
    }
    return admin != null
        ? CompletableFuture.completedFuture(admin)
        : tenants.findByApiKeyLater(ApiKeyDigest.of(apiKey)).thenApply(AccessControl::ofTenant);
  }

  /** The admin, or null for a key to look up among the tenants'. */
  private Caller admin(String apiKey) {
    if (apiKey == null || apiKey.isBlank()) {
      throw new UnauthenticatedException("Send the API key as 'Authorization: Bearer <key>'");
    }
    return adminKey.map(key -> key.matches(apiKey)).orElse(false) ? new Caller.Admin() : null;
  }

  private static Caller ofTenant(Optional<Tenant> byKey) {
    return byKey
        .<Caller>map(t -> new Caller.OfTenant(t.id()))
        .orElseThrow(() -> new UnauthenticatedException("The API key is not valid"));
  }

  /** The tenant the caller may act on, or the reason it may not. */
  public Tenant authorize(String apiKey, TenantId tenantId) {
    return authorize(authenticate(apiKey), tenantId);
  }

  /** As {@link #authorize(String, TenantId)}, for a caller already authenticated. */
  public Tenant authorize(Caller caller, TenantId tenantId) {
    requireAccess(caller, tenantId);
    return tenants.find(tenantId).orElseThrow(() -> new TenantNotFoundException(tenantId));
  }

  /** As {@link #authorize(Caller, TenantId)} without blocking the caller. */
  public CompletionStage<Tenant> authorizeLater(Caller caller, TenantId tenantId) {
    try {
      requireAccess(caller, tenantId);
    } catch (ForbiddenException refused) {
      return CompletableFuture.failedFuture(refused);
    }
    return tenants
        .findLater(tenantId)
        .thenApply(found -> found.orElseThrow(() -> new TenantNotFoundException(tenantId)));
  }

  /**
   * The admin API's gate, the same for the REST API and the console: only the admin key passes.
   *
   * @throws ForbiddenException for any other caller
   */
  public static void requireAdmin(Caller caller) {
    if (!(caller instanceof Caller.Admin)) {
      throw new ForbiddenException(null, "Only the admin key may use the admin API");
    }
  }

  private static void requireAccess(Caller caller, TenantId tenantId) {
    if (!caller.mayAccess(tenantId)) {
      throw new ForbiddenException(
          tenantId, "This API key does not give access to tenant '" + tenantId + "'");
    }
  }
}
