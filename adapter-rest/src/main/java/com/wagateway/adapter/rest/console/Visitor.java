package com.wagateway.adapter.rest.console;

import com.wagateway.application.tenant.Caller;

/**
 * The signed-in person behind a console request: who they are and the CSRF token their pages embed.
 * Holds no session id, so it can be handed to templates.
 */
public record Visitor(Caller caller, String csrf) {

  /** How the header names them. */
  public String label() {
    return caller instanceof Caller.OfTenant tenant
        ? "tenant " + tenant.tenantId().value()
        : "admin";
  }

  public boolean isAdmin() {
    return caller instanceof Caller.Admin;
  }
}
