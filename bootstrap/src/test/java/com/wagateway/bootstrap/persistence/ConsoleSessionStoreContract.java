package com.wagateway.bootstrap.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.application.console.ConsoleSession;
import com.wagateway.application.port.ConsoleSessionStore;
import com.wagateway.application.tenant.Caller;
import com.wagateway.domain.model.ApiKeyDigest;
import com.wagateway.domain.model.Sha256;
import com.wagateway.domain.model.TenantId;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ConsoleSessionStore} must do; run against H2 and PostgreSQL. */
abstract class ConsoleSessionStoreContract {
  private static final Instant START = Instant.parse("2026-11-30T08:00:00Z");
  private static final Instant END = Instant.parse("2026-11-30T16:00:00Z");

  @Inject ConsoleSessionStore store;
  @Inject ActiveDatabase database;

  @BeforeEach
  void noSessions() {
    Tables.clear(database);
  }

  private static ConsoleSession session(String id, Caller caller, Instant expiresAt) {
    ApiKeyDigest key = caller instanceof Caller.OfTenant ? ApiKeyDigest.of("key-" + id) : null;
    return new ConsoleSession(Sha256.hex(id), caller, key, START, expiresAt);
  }

  @Test
  void keepsWhoSignedInAndWhen() {
    store.save(session("a", new Caller.Admin(), END));
    store.save(session("t", new Caller.OfTenant(new TenantId("acme")), END));

    assertThat(store.findLive(Sha256.hex("a"), START))
        .get()
        .isEqualTo(session("a", new Caller.Admin(), END));
    assertThat(store.findLive(Sha256.hex("t"), START))
        .get()
        .isEqualTo(session("t", new Caller.OfTenant(new TenantId("acme")), END));
    assertThat(store.findLive(Sha256.hex("unknown"), START)).isEmpty();
  }

  @Test
  void anExpiredSessionIsNotFound() {
    store.save(session("a", new Caller.Admin(), END));

    assertThat(store.findLive(Sha256.hex("a"), END.minusMillis(1))).isPresent();
    assertThat(store.findLive(Sha256.hex("a"), END)).isEmpty();
  }

  @Test
  void deletesOneSession() {
    store.save(session("a", new Caller.Admin(), END));
    store.save(session("b", new Caller.Admin(), END));

    assertThat(store.delete(Sha256.hex("a"))).isTrue();
    assertThat(store.delete(Sha256.hex("a"))).isFalse();

    assertThat(store.findLive(Sha256.hex("a"), START)).isEmpty();
    assertThat(store.findLive(Sha256.hex("b"), START)).isPresent();
  }

  @Test
  void purgesOnlyExpiredSessions() {
    store.save(session("old", new Caller.Admin(), START.plusSeconds(60)));
    store.save(session("due", new Caller.Admin(), START.plusSeconds(120)));
    store.save(session("live", new Caller.Admin(), END));

    assertThat(store.purgeExpired(START.plusSeconds(120))).isEqualTo(2);

    assertThat(Tables.count(database, "console_sessions")).isOne();
    assertThat(store.findLive(Sha256.hex("live"), START)).isPresent();
  }
}
