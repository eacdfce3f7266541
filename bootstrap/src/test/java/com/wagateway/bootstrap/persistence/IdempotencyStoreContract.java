package com.wagateway.bootstrap.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.application.port.IdempotencyStore;
import com.wagateway.application.port.IdempotencyStore.Reservation;
import com.wagateway.domain.model.TenantId;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link IdempotencyStore} must do; run against H2 and PostgreSQL. */
abstract class IdempotencyStoreContract {
  private static final TenantId ACME = new TenantId("acme");
  private static final TenantId SHOP = new TenantId("shop");
  private static final Instant NOON = Instant.parse("2026-01-02T12:00:00.123456Z");
  private static final Duration DAY = Duration.ofHours(24);
  private static final Duration LEASE = Duration.ofMinutes(2);
  private static final String HASH = "a".repeat(64);
  private static final String OTHER_HASH = "b".repeat(64);

  @Inject IdempotencyStore store;
  @Inject ActiveDatabase database;

  @BeforeEach
  void emptyStore() {
    Tables.clear(database);
  }

  @Test
  void reservesAFreshKeyOnce() {
    assertThat(reserve(ACME, "key-1", HASH, NOON)).isEqualTo(new Reservation.Reserved());
    assertThat(reserve(ACME, "key-1", HASH, NOON.plusSeconds(1)))
        .isEqualTo(new Reservation.InProgress(HASH));
  }

  @Test
  void replaysTheMessageOfACompletedRequest() {
    reserve(ACME, "key-1", HASH, NOON);

    store.complete(ACME, "key-1");

    assertThat(reserve(ACME, "key-1", HASH, NOON.plusSeconds(60)))
        .isEqualTo(new Reservation.Completed(HASH, messageOf(HASH)));
  }

  @Test
  void reportsTheStoredHashToARequestWithOtherContent() {
    reserve(ACME, "key-1", HASH, NOON);
    assertThat(reserve(ACME, "key-1", OTHER_HASH, NOON))
        .isEqualTo(new Reservation.InProgress(HASH));

    store.complete(ACME, "key-1");

    assertThat(reserve(ACME, "key-1", OTHER_HASH, NOON))
        .isEqualTo(new Reservation.Completed(HASH, messageOf(HASH)));
  }

  @Test
  void keysArePerTenant() {
    reserve(ACME, "key-1", HASH, NOON);

    assertThat(reserve(SHOP, "key-1", OTHER_HASH, NOON)).isEqualTo(new Reservation.Reserved());
  }

  @Test
  void aReleasedKeyCanBeUsedAgain() {
    reserve(ACME, "key-1", HASH, NOON);

    store.release(ACME, "key-1");

    assertThat(reserve(ACME, "key-1", OTHER_HASH, NOON.plusSeconds(1)))
        .isEqualTo(new Reservation.Reserved());
    assertThat(reserve(ACME, "key-1", HASH, NOON.plusSeconds(2)))
        .isEqualTo(new Reservation.InProgress(OTHER_HASH));
  }

  @Test
  void anExpiredClaimIsReplaced() {
    reserve(ACME, "key-1", HASH, NOON);
    store.complete(ACME, "key-1");
    Instant later = NOON.plus(DAY).plusSeconds(1);

    assertThat(reserve(ACME, "key-1", OTHER_HASH, later)).isEqualTo(new Reservation.Reserved());
    assertThat(reserve(ACME, "key-1", HASH, later))
        .isEqualTo(new Reservation.InProgress(OTHER_HASH));
  }

  @Test
  void aClaimExactlyAsOldAsTheTtlStillCounts() {
    reserve(ACME, "key-1", HASH, NOON);
    store.complete(ACME, "key-1");

    assertThat(reserve(ACME, "key-1", OTHER_HASH, NOON.plus(DAY)))
        .isEqualTo(new Reservation.Completed(HASH, messageOf(HASH)));
  }

  @Test
  void exactlyOneOfManyConcurrentRequestsGetsTheKey() throws Exception {
    assertThat(race(() -> reserve(ACME, "key-1", HASH, NOON)))
        .containsOnlyOnce(new Reservation.Reserved())
        .containsOnly(new Reservation.Reserved(), new Reservation.InProgress(HASH));
  }

  @Test
  void exactlyOneOfManyConcurrentRequestsReplacesAnExpiredClaim() throws Exception {
    reserve(ACME, "key-1", OTHER_HASH, NOON);
    Instant later = NOON.plus(DAY).plusSeconds(1);

    assertThat(race(() -> reserve(ACME, "key-1", HASH, later)))
        .containsOnlyOnce(new Reservation.Reserved())
        .containsOnly(new Reservation.Reserved(), new Reservation.InProgress(HASH));
  }

  @Test
  void bindsTheKeyToItsMessageFromTheStart() {
    reserve(ACME, "key-1", HASH, NOON);

    assertThat(store.reserve(ACME, "key-1", HASH, "msg-other", NOON.plusSeconds(1), DAY, NOON))
        .isEqualTo(new Reservation.InProgress(HASH));
    store.complete(ACME, "key-1");
    assertThat(reserve(ACME, "key-1", HASH, NOON.plusSeconds(2)))
        .isEqualTo(new Reservation.Completed(HASH, messageOf(HASH)));
  }

  @Test
  void aReservationWhoseLeaseRanOutIsTakenOverWithItsMessage() {
    reserve(ACME, "key-1", HASH, NOON);
    Instant afterLease = NOON.plus(LEASE).plusSeconds(1);

    assertThat(
            store.reserve(ACME, "key-1", HASH, "msg-new", afterLease, DAY, afterLease.plus(LEASE)))
        .isEqualTo(new Reservation.TakenOver(HASH, messageOf(HASH)));
    assertThat(
            store.reserve(
                ACME, "key-1", HASH, "msg-new", afterLease.plusSeconds(1), DAY, afterLease))
        .as("the new holder has a lease of its own")
        .isEqualTo(new Reservation.InProgress(HASH));
  }

  @Test
  void aRequestWithOtherContentNeverTakesAKeyOver() {
    reserve(ACME, "key-1", HASH, NOON);
    Instant afterLease = NOON.plus(LEASE).plusSeconds(1);

    assertThat(
            store.reserve(
                ACME, "key-1", OTHER_HASH, "msg-new", afterLease, DAY, afterLease.plus(LEASE)))
        .isEqualTo(new Reservation.InProgress(HASH));
  }

  @Test
  void aCompletedKeyHasNoLease() {
    reserve(ACME, "key-1", HASH, NOON);
    store.complete(ACME, "key-1");

    assertThat(reserve(ACME, "key-1", HASH, NOON.plus(LEASE).plusSeconds(1)))
        .isEqualTo(new Reservation.Completed(HASH, messageOf(HASH)));
  }

  @Test
  void exactlyOneOfManyConcurrentRetriesTakesAnAbandonedKeyOver() throws Exception {
    reserve(ACME, "key-1", HASH, NOON);
    Instant afterLease = NOON.plus(LEASE).plusSeconds(1);

    assertThat(
            race(
                () ->
                    store.reserve(
                        ACME, "key-1", HASH, "msg-new", afterLease, DAY, afterLease.plus(LEASE))))
        .containsOnlyOnce(new Reservation.TakenOver(HASH, messageOf(HASH)))
        .containsOnly(
            new Reservation.TakenOver(HASH, messageOf(HASH)), new Reservation.InProgress(HASH));
  }

  /** Reserves for a request whose message id derives from its hash, leased for {@link #LEASE}. */
  private Reservation reserve(TenantId tenant, String key, String hash, Instant now) {
    return store.reserve(tenant, key, hash, messageOf(hash), now, DAY, now.plus(LEASE));
  }

  private static String messageOf(String hash) {
    return "msg-" + hash.charAt(0);
  }

  /** Runs {@code reserve} on 8 threads released together by one start gate. */
  private static List<Reservation> race(java.util.concurrent.Callable<Reservation> reserve)
      throws Exception {
    int threads = 8;
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Reservation>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  start.await();
                  return reserve.call();
                }));
      }
      ready.await();
      start.countDown();
      List<Reservation> reservations = new ArrayList<>();
      for (Future<Reservation> result : results) {
        reservations.add(result.get());
      }
      return reservations;
    } finally {
      pool.shutdownNow();
    }
  }
}
