package com.wagateway.adapter.rest.security;

import com.wagateway.application.tenant.AccessControl;
import com.wagateway.application.tenant.Caller;
import com.wagateway.domain.error.ForbiddenException;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Completions;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Authenticates every {@code /v1} request before its resource runs: the key first (401), then the
 * tenant in the path (400 malformed, 403 not this key's, 404 unknown to the admin). The admin API
 * takes the admin key only. Resources can therefore trust the tenant id they receive.
 */
public class ApiKeyFilter {
  private final AccessControl access;

  public ApiKeyFilter(AccessControl access) {
    this.access = access;
  }

  /**
   * Never blocks: a send runs on the event loop, so the key and the tenant are looked up without
   * blocking it (see {@code TenantDirectory#findLater}).
   */
  @ServerRequestFilter
  public Uni<Void> authenticate(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (!path.startsWith("/v1/") || path.startsWith("/v1/webhooks/")) {
      return Uni.createFrom().voidItem(); // provider webhooks carry their tenant's webhook secret
    }
    String apiKey = BearerToken.from(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    String tenant = request.getUriInfo().getPathParameters().getFirst("tenantId");
    CompletionStage<Void> checked =
        access.authenticateLater(apiKey).thenCompose(caller -> authorize(caller, path, tenant));
    return Uni.createFrom().completionStage(Completions.unwrapped(checked));
  }

  private CompletionStage<Void> authorize(Caller caller, String path, String tenant) {
    if (path.startsWith("/v1/admin/")) {
      AccessControl.requireAdmin(caller);
      return CompletableFuture.completedFuture(null);
    }
    if (tenant != null) {
      return access.authorizeLater(caller, new TenantId(tenant)).thenApply(found -> null);
    }
    if (!(caller instanceof Caller.Admin)) {
      throw new ForbiddenException(null, "This operation needs the admin key");
    }
    return CompletableFuture.completedFuture(null);
  }
}
