package com.wagateway.adapter.rest.security;

import com.wagateway.application.tenant.AccessControl;
import com.wagateway.application.tenant.Caller;
import com.wagateway.domain.error.ForbiddenException;
import com.wagateway.domain.model.TenantId;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
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

  @ServerRequestFilter
  public void authenticate(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (!path.startsWith("/v1/") || path.startsWith("/v1/webhooks/")) {
      return; // provider webhooks carry their tenant's webhook secret instead of an API key
    }
    Caller caller =
        access.authenticate(BearerToken.from(request.getHeaderString(HttpHeaders.AUTHORIZATION)));
    if (request.getUriInfo().getPath().startsWith("/v1/admin/")) {
      if (!(caller instanceof Caller.Admin)) {
        throw new ForbiddenException(null, "Only the admin key may use the admin API");
      }
      return;
    }
    String tenant = request.getUriInfo().getPathParameters().getFirst("tenantId");
    if (tenant != null) {
      access.authorize(caller, new TenantId(tenant));
    } else if (!(caller instanceof Caller.Admin)) {
      throw new ForbiddenException(null, "This operation needs the admin key");
    }
  }
}
