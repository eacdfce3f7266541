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
    assertThat(store.reserve(ACME, "key-1", HASH, NOON, DAY)).isEqualTo(new Reservation.Reserved());
    assertThat(store.reserve(ACME, "key-1", HASH, NOON.plusSeconds(1), DAY))
        .isEqualTo(new Reservation.InProgress(HASH));
  }

  @Test
  void replaysTheMessageOfACompletedRequest() {
    store.reserve(ACME, "key-1", HASH, NOON, DAY);

    store.complete(ACME, "key-1", "msg-1");

    assertThat(store.reserve(ACME, "key-1", HASH, NOON.plusSeconds(60), DAY))
        .isEqualTo(new Reservation.Completed(HASH, "msg-1"));
  }

  @Test
  void reportsTheStoredHashToARequestWithOtherContent() {
    store.reserve(ACME, "key-1", HASH, NOON, DAY);
    assertThat(store.reserve(ACME, "key-1", OTHER_HASH, NOON, DAY))
        .isEqualTo(new Reservation.InProgress(HASH));

    store.complete(ACME, "key-1", "msg-1");

    assertThat(store.reserve(ACME, "key-1", OTHER_HASH, NOON, DAY))
        .isEqualTo(new Reservation.Completed(HASH, "msg-1"));
  }

  @Test
  void keysArePerTenant() {
    store.reserve(ACME, "key-1", HASH, NOON, DAY);

    assertThat(store.reserve(SHOP, "key-1", OTHER_HASH, NOON, DAY))
        .isEqualTo(new Reservation.Reserved());
  }

  @Test
  void aReleasedKeyCanBeUsedAgain() {
    store.reserve(ACME, "key-1", HASH, NOON, DAY);

    store.release(ACME, "key-1");

    assertThat(store.reserve(ACME, "key-1", OTHER_HASH, NOON.plusSeconds(1), DAY))
        .isEqualTo(new Reservation.Reserved());
    assertThat(store.reserve(ACME, "key-1", HASH, NOON.plusSeconds(2), DAY))
        .isEqualTo(new Reservation.InProgress(OTHER_HASH));
  }

  @Test
  void anExpiredClaimIsReplaced() {
    store.reserve(ACME, "key-1", HASH, NOON, DAY);
    store.complete(ACME, "key-1", "msg-1");
    Instant later = NOON.plus(DAY).plusSeconds(1);

    assertThat(store.reserve(ACME, "key-1", OTHER_HASH, later, DAY))
        .isEqualTo(new Reservation.Reserved());
    assertThat(store.reserve(ACME, "key-1", HASH, later, DAY))
        .isEqualTo(new Reservation.InProgress(OTHER_HASH));
  }

  @Test
  void aClaimExactlyAsOldAsTheTtlStillCounts() {
    store.reserve(ACME, "key-1", HASH, NOON, DAY);
    store.complete(ACME, "key-1", "msg-1");

    assertThat(store.reserve(ACME, "key-1", OTHER_HASH, NOON.plus(DAY), DAY))
        .isEqualTo(new Reservation.Completed(HASH, "msg-1"));
  }

  @Test
  void exactlyOneOfManyConcurrentRequestsGetsTheKey() throws Exception {
    assertThat(race(() -> store.reserve(ACME, "key-1", HASH, NOON, DAY)))
        .containsOnlyOnce(new Reservation.Reserved())
        .containsOnly(new Reservation.Reserved(), new Reservation.InProgress(HASH));
  }

  @Test
  void exactlyOneOfManyConcurrentRequestsReplacesAnExpiredClaim() throws Exception {
    store.reserve(ACME, "key-1", OTHER_HASH, NOON, DAY);
    Instant later = NOON.plus(DAY).plusSeconds(1);

    assertThat(race(() -> store.reserve(ACME, "key-1", HASH, later, DAY)))
        .containsOnlyOnce(new Reservation.Reserved())
        .containsOnly(new Reservation.Reserved(), new Reservation.InProgress(HASH));
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
