package com.wagateway.application.console;

import com.wagateway.application.tenant.Caller;
import com.wagateway.domain.model.Require;
import java.time.Instant;

/**
 * A signed-in console session as stored: the digest of its id (never the id), who signed in, and
 * its absolute lifetime.
 */
public record ConsoleSession(String idDigest, Caller caller, Instant createdAt, Instant expiresAt) {
  public ConsoleSession {
    Require.present(idDigest, "idDigest");
    Require.present(caller, "caller");
    Require.present(createdAt, "createdAt");
    Require.present(expiresAt, "expiresAt");
  }

  @Override
  public String toString() {
    return "ConsoleSession[" + caller + ", expiresAt=" + expiresAt + "]";
  }
}
