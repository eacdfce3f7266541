package com.wagateway.application.console;

import com.wagateway.application.port.ConsoleSessionStore;
import com.wagateway.application.tenant.AccessControl;
import com.wagateway.application.tenant.Caller;
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
 * the CSRF token is derived from the id, so it needs no storage and differs per session.
 */
public final class ConsoleSessions {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final AccessControl access;
  private final ConsoleSessionStore store;
  private final Clock clock;
  private final Duration lifetime;

  public ConsoleSessions(
      AccessControl access, ConsoleSessionStore store, Clock clock, Duration lifetime) {
    this.access = access;
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
    ConsoleSession session = new ConsoleSession(Sha256.hex(id), caller, now, now.plus(lifetime));
    store.save(session);
    return new SignedIn(id, csrfToken(id), session);
  }

  /** The live session with this id; empty for an unknown, expired, signed-out or garbled id. */
  public Optional<ConsoleSession> resume(String sessionId) {
    return wellFormed(sessionId)
        ? store.findLive(Sha256.hex(sessionId), clock.instant())
        : Optional.empty();
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
