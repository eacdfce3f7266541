package com.wagateway.adapter.rest.console;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Headers on every console answer: pages hold a CSRF token and tenant data, so no cache keeps them,
 * no other site frames them (the logout button) and no referrer leaks their paths.
 */
public class ConsoleHeaders {

  @ServerResponseFilter
  public void secure(ContainerRequestContext request, ContainerResponseContext response) {
    if (!request.getUriInfo().getPath().startsWith("/console")) {
      return;
    }
    response.getHeaders().putSingle("Cache-Control", "no-store");
    response.getHeaders().putSingle("X-Frame-Options", "DENY");
    response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
    response.getHeaders().putSingle("Referrer-Policy", "same-origin");
  }
}
