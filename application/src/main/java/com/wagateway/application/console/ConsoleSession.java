package com.wagateway.application.console;

import com.wagateway.application.tenant.Caller;
import com.wagateway.domain.model.ApiKeyDigest;
import com.wagateway.domain.model.Require;
import java.time.Instant;

/**
 * A signed-in console session as stored: the digest of its id (never the id), who signed in, the
 * digest of the tenant key used (so that rotating that key ends the session; none for the admin),
 * and its absolute lifetime.
 */
public record ConsoleSession(
    String idDigest, Caller caller, ApiKeyDigest tenantKey, Instant createdAt, Instant expiresAt) {
  public ConsoleSession {
    Require.present(idDigest, "idDigest");
    Require.present(caller, "caller");
    if ((caller instanceof Caller.OfTenant) != (tenantKey != null)) {
      throw new IllegalArgumentException(
          "a tenant session needs its key digest, an admin one none");
    }
    Require.present(createdAt, "createdAt");
    Require.present(expiresAt, "expiresAt");
  }

  @Override
  public String toString() {
    return "ConsoleSession[" + caller + ", expiresAt=" + expiresAt + "]";
  }
}
