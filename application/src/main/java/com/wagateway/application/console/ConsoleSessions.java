package com.wagateway.application.console;

import com.wagateway.application.port.ConsoleSessionStore;
import com.wagateway.application.port.TenantDirectory;
import com.wagateway.application.tenant.AccessControl;
import com.wagateway.application.tenant.Caller;
import com.wagateway.domain.model.ApiKeyDigest;
import com.wagateway.domain.model.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Use cases of the console's sign-in: an API key, checked exactly as the API checks it, is traded
 * for a random session id that the browser keeps in a cookie. The store keeps only the id's digest;
 * the CSRF token is derived from the id, so it needs no storage and differs per session. A tenant
 * session lasts only while its key does: rotating the key or deleting the tenant ends it.
 */
public final class ConsoleSessions {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final AccessControl access;
  private final TenantDirectory tenants;
  private final ConsoleSessionStore store;
  private final Clock clock;
  private final Duration lifetime;

  public ConsoleSessions(
      AccessControl access,
      TenantDirectory tenants,
      ConsoleSessionStore store,
      Clock clock,
      Duration lifetime) {
    this.access = access;
    this.tenants = tenants;
    this.store = store;
    this.clock = clock;
    this.lifetime = lifetime;
  }

  /** Fails as {@link AccessControl#authenticate} does; expired sessions are purged on the way. */
  public SignedIn signIn(String apiKey) {
    Caller caller = access.authenticate(apiKey);
    Instant now = clock.instant();
    store.purgeExpired(now);
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String id = BASE64URL.encodeToString(random);
    ApiKeyDigest tenantKey = caller instanceof Caller.OfTenant ? ApiKeyDigest.of(apiKey) : null;
    ConsoleSession session =
        new ConsoleSession(Sha256.hex(id), caller, tenantKey, now, now.plus(lifetime));
    store.save(session);
    return new SignedIn(id, csrfToken(id), session);
  }

  /** The live session with this id; empty for an unknown, expired, signed-out or garbled id. */
  public Optional<ConsoleSession> resume(String sessionId) {
    return wellFormed(sessionId)
        ? store.findLive(Sha256.hex(sessionId), clock.instant()).filter(this::keyStillValid)
        : Optional.empty();
  }

  /** The admin key changes only with a restart; a tenant key may be rotated at any time. */
  private boolean keyStillValid(ConsoleSession session) {
    return !(session.caller() instanceof Caller.OfTenant own)
        || tenants
            .findByApiKey(session.tenantKey())
            .filter(tenant -> tenant.id().equals(own.tenantId()))
            .isPresent();
  }

  public void signOut(String sessionId) {
    if (wellFormed(sessionId)) {
      store.delete(Sha256.hex(sessionId));
    }
  }

  /** The token that this session's state-changing requests must carry. */
  public String csrfToken(String sessionId) {
    return BASE64URL.encodeToString(Sha256.of("console-csrf:" + sessionId));
  }

  /** Compared in constant time, so the answer's timing says nothing about the token. */
  public boolean csrfMatches(String sessionId, String token) {
    return token != null
        && MessageDigest.isEqual(
            csrfToken(sessionId).getBytes(StandardCharsets.US_ASCII),
            token.getBytes(StandardCharsets.US_ASCII));
  }

  private static boolean wellFormed(String sessionId) {
    return sessionId != null && SESSION_ID.matcher(sessionId).matches();
  }
}
