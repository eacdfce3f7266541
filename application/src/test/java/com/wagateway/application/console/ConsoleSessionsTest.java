package com.wagateway.application.console;

import static com.wagateway.application.fake.Tenants.ACME;
import static com.wagateway.application.fake.Tenants.ACME_ID;
import static com.wagateway.application.fake.Tenants.ACME_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.application.fake.InMemoryConsoleSessionStore;
import com.wagateway.application.fake.InMemoryTenantDirectory;
import com.wagateway.application.tenant.AccessControl;
import com.wagateway.application.tenant.Caller;
import com.wagateway.domain.error.UnauthenticatedException;
import com.wagateway.domain.model.ApiKeyDigest;
import com.wagateway.domain.model.Secret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsoleSessionsTest {
  private static final String ADMIN_KEY = "admin-key-0123456789";
  private static final Instant START = Instant.parse("2026-11-30T08:00:00Z");
  private static final Duration LIFETIME = Duration.ofHours(8);

  private final InMemoryConsoleSessionStore store = new InMemoryConsoleSessionStore();
  private Instant now = START;
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };
  private final InMemoryTenantDirectory directory = new InMemoryTenantDirectory(ACME);
  private final ConsoleSessions sessions =
      new ConsoleSessions(
          new AccessControl(Optional.of(Secret.of(ADMIN_KEY)), directory),
          directory,
          store,
          clock,
          LIFETIME);

  @Test
  void theAdminKeyOpensAnAdminSession() {
    SignedIn signedIn = sessions.signIn(ADMIN_KEY);

    assertThat(sessions.resume(signedIn.sessionId()))
        .get()
        .satisfies(s -> assertThat(s.caller()).isEqualTo(new Caller.Admin()))
        .satisfies(s -> assertThat(s.expiresAt()).isEqualTo(START.plus(LIFETIME)));
  }

  @Test
  void aTenantKeyOpensASessionOfThatTenantOnly() {
    SignedIn signedIn = sessions.signIn(ACME_KEY);

    assertThat(signedIn.session().caller()).isEqualTo(new Caller.OfTenant(ACME_ID));
  }

  @Test
  void rotatingTheTenantKeyEndsItsSessions() {
    SignedIn signedIn = sessions.signIn(ACME_KEY);

    directory.put(ACME.withApiKeyDigest(ApiKeyDigest.of("acme-new-key")));

    assertThat(sessions.resume(signedIn.sessionId())).isEmpty();
  }

  @Test
  void deletingTheTenantEndsItsSessionsButNotTheAdmins() {
    SignedIn tenant = sessions.signIn(ACME_KEY);
    SignedIn admin = sessions.signIn(ADMIN_KEY);

    directory.delete(ACME_ID);

    assertThat(sessions.resume(tenant.sessionId())).isEmpty();
    assertThat(sessions.resume(admin.sessionId())).isPresent();
  }

  @Test
  void aWrongKeyOpensNothing() {
    assertThatThrownBy(() -> sessions.signIn("not-a-key"))
        .isInstanceOf(UnauthenticatedException.class);
    assertThat(store.size()).isZero();
  }

  @Test
  void storesOnlyTheDigestOfTheSessionId() {
    SignedIn signedIn = sessions.signIn(ADMIN_KEY);

    assertThat(store.all())
        .singleElement()
        .satisfies(s -> assertThat(s.idDigest()).isNotEqualTo(signedIn.sessionId()));
    assertThat(signedIn.toString()).doesNotContain(signedIn.sessionId());
  }

  @Test
  void aSessionEndsWhenItsLifetimeDoes() {
    SignedIn signedIn = sessions.signIn(ADMIN_KEY);

    now = START.plus(LIFETIME).minusSeconds(1);
    assertThat(sessions.resume(signedIn.sessionId())).isPresent();
    now = START.plus(LIFETIME);
    assertThat(sessions.resume(signedIn.sessionId())).isEmpty();
  }

  @Test
  void signingInPurgesExpiredSessions() {
    sessions.signIn(ADMIN_KEY);
    now = START.plus(LIFETIME);

    sessions.signIn(ACME_KEY);

    assertThat(store.all())
        .singleElement()
        .satisfies(s -> assertThat(s.caller()).isEqualTo(new Caller.OfTenant(ACME_ID)));
  }

  @Test
  void signingOutEndsTheSession() {
    SignedIn signedIn = sessions.signIn(ADMIN_KEY);

    sessions.signOut(signedIn.sessionId());

    assertThat(sessions.resume(signedIn.sessionId())).isEmpty();
    assertThat(store.size()).isZero();
  }

  @Test
  void garbledSessionIdsResumeNothing() {
    sessions.signIn(ADMIN_KEY);

    assertThat(sessions.resume(null)).isEmpty();
    assertThat(sessions.resume("")).isEmpty();
    assertThat(sessions.resume("x".repeat(5000))).isEmpty();
    sessions.signOut("not an id");
    assertThat(store.size()).isOne();
  }

  @Test
  void theCsrfTokenBelongsToOneSession() {
    SignedIn first = sessions.signIn(ADMIN_KEY);
    SignedIn second = sessions.signIn(ADMIN_KEY);

    assertThat(sessions.csrfMatches(first.sessionId(), first.csrfToken())).isTrue();
    assertThat(sessions.csrfMatches(first.sessionId(), second.csrfToken())).isFalse();
    assertThat(sessions.csrfMatches(first.sessionId(), null)).isFalse();
    assertThat(sessions.csrfMatches(first.sessionId(), "")).isFalse();
    assertThat(first.sessionId()).isNotEqualTo(second.sessionId());
  }
}
