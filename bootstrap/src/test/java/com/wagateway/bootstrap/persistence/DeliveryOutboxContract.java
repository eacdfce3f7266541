package com.wagateway.bootstrap.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.application.outbound.Attempt;
import com.wagateway.application.outbound.ClaimedDelivery;
import com.wagateway.application.outbound.Delivery;
import com.wagateway.application.outbound.DeliveryQuery;
import com.wagateway.application.outbound.DeliveryState;
import com.wagateway.application.outbound.NewDelivery;
import com.wagateway.application.outbound.SigningSecret;
import com.wagateway.application.outbound.Subscription;
import com.wagateway.application.paging.Page;
import com.wagateway.application.port.DeliveryOutbox;
import com.wagateway.application.port.SubscriptionStore;
import com.wagateway.domain.event.EventType;
import com.wagateway.domain.model.TenantId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link DeliveryOutbox} must do; run against H2 and PostgreSQL. */
abstract class DeliveryOutboxContract {
  private static final TenantId ACME = new TenantId("acme");
  private static final TenantId SHOP = new TenantId("shop");
  static final Instant NOON = Instant.parse("2026-01-02T12:00:00Z");

  /** Longer than any test runs: a lease taken in a test lasts until the test ends it by SQL. */
  static final Duration LEASE = Duration.ofHours(1);

  private static final DeliveryQuery ANY = new DeliveryQuery(null, null);
  private static final String PAYLOAD =
      "{\"type\":\"message.received\",\"data\":{\"text\":\"hi\"}}";

  @Inject DeliveryOutbox outbox;
  @Inject SubscriptionStore subscriptions;
  @Inject ActiveDatabase database;
  @Inject JpaDeliveryOutbox jpaOutbox;

  private Subscription acmeHooks;

  @BeforeEach
  void emptyOutbox() {
    Tables.clear(database);
    acmeHooks = subscribe("sub-acme", ACME);
  }

  private Subscription subscribe(String id, TenantId tenant) {
    Subscription subscription =
        new Subscription(
            id,
            tenant,
            URI.create("https://hooks.example.com/" + id),
            Set.of(EventType.MESSAGE_RECEIVED),
            SigningSecret.generate(),
            NOON.minusSeconds(3600));
    subscriptions.create(subscription);
    return subscription;
  }

  void enqueue(String id, Instant createdAt) {
    enqueue(id, ACME, acmeHooks.id(), createdAt);
  }

  private void enqueue(String id, TenantId tenant, String subscriptionId, Instant createdAt) {
    outbox.enqueue(
        new NewDelivery(
            id,
            "evt-" + id,
            tenant,
            subscriptionId,
            EventType.MESSAGE_RECEIVED,
            PAYLOAD,
            createdAt));
  }

  private static Attempt failed(int number, Instant at) {
    return new Attempt(number, at, 503, "HTTP 503", 40);
  }

  private List<String> claimedIds(Instant now) {
    return claim(now).stream().map(ClaimedDelivery::id).toList();
  }

  private List<ClaimedDelivery> claim(Instant now) {
    return outbox.claimDue(now, LEASE, 10);
  }

  /** The one delivery due at {@code now}, claimed. */
  private ClaimedDelivery claimOne(Instant now) {
    List<ClaimedDelivery> claimed = claim(now);
    assertThat(claimed).hasSize(1);
    return claimed.get(0);
  }

  /** Claims the delivery and fails its attempt, {@code times} times, the last one for good. */
  private void killDelivery(String id, int times) {
    for (int number = 1; number <= times; number++) {
      Instant at = NOON.plusSeconds(number * 100L);
      ClaimedDelivery claimed =
          claim(at).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
      outbox.recordFailure(claimed, failed(number, at), number < times ? at.plusSeconds(50) : null);
    }
  }

  /** Ends every running lease by the database's clock, as time passing would. */
  private void endLeasesBySql() {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                database
                    .entityManager()
                    .createNativeQuery(
                        "UPDATE webhook_deliveries SET lease_until = CURRENT_TIMESTAMP"
                            + " - INTERVAL '1' SECOND WHERE lease_until IS NOT NULL")
                    .executeUpdate());
  }

  @Test
  void countsThePendingDeliveriesLeasedOrNotButNotTheDeadOrDeliveredOnes() {
    enqueue("d-dead", NOON);
    killDelivery("d-dead", 2);
    Instant later = NOON.plusSeconds(1000);
    enqueue("d-delivered", later);
    enqueue("d-leased", later);
    ClaimedDelivery delivered =
        claim(later).stream().filter(c -> c.id().equals("d-delivered")).findFirst().orElseThrow();
    outbox.recordSuccess(delivered, new Attempt(1, later, 200, null, 12));
    enqueue("d-waiting", later);

    assertThat(jpaOutbox.pendingCount()).isEqualTo(2);
  }

  @Test
  void claimsAnEnqueuedDeliveryWithWhatTheAttemptNeeds() {
    enqueue("d-1", NOON);

    List<ClaimedDelivery> claimed = outbox.claimDue(NOON, LEASE, 10);

    assertThat(claimed).hasSize(1);
    ClaimedDelivery delivery = claimed.get(0);
    assertThat(delivery.id()).isEqualTo("d-1");
    assertThat(delivery.webhookId()).isEqualTo("evt-d-1");
    assertThat(delivery.url()).isEqualTo(acmeHooks.url());
    assertThat(delivery.secret().reveal()).isEqualTo(acmeHooks.secret().reveal());
    assertThat(delivery.payload()).isEqualTo(PAYLOAD);
    assertThat(delivery.attempts()).isZero();
  }

  @Test
  void aNewDeliveryIsPendingAndDueAtOnce() {
    enqueue("d-1", NOON);

    Delivery stored = outbox.find(ACME, "d-1").orElseThrow();

    assertThat(stored)
        .isEqualTo(
            new Delivery(
                "d-1",
                "evt-d-1",
                ACME,
                acmeHooks.id(),
                EventType.MESSAGE_RECEIVED,
                DeliveryState.PENDING,
                0,
                NOON,
                NOON,
                null,
                PAYLOAD,
                List.of()));
  }

  @Test
  void claimsNoMoreThanAskedOldestDueFirst() {
    enqueue("d-2", NOON.plusSeconds(2));
    enqueue("d-1", NOON.plusSeconds(1));
    enqueue("d-3", NOON.plusSeconds(3));

    assertThat(outbox.claimDue(NOON.plusSeconds(10), LEASE, 2))
        .extracting(ClaimedDelivery::id)
        .containsExactly("d-1", "d-2");
    assertThat(claimedIds(NOON.plusSeconds(10))).containsExactly("d-3");
  }

  @Test
  void doesNotClaimADeliveryCreatedAfterNow() {
    enqueue("d-1", NOON.plusSeconds(1));

    assertThat(claimedIds(NOON)).isEmpty();
    assertThat(claimedIds(NOON.plusSeconds(1))).containsExactly("d-1");
  }

  @Test
  void aLeasedDeliveryIsNotClaimedAgainBeforeItsLeaseEnds() {
    enqueue("d-1", NOON);
    assertThat(claimedIds(NOON)).containsExactly("d-1");

    assertThat(claimedIds(NOON)).isEmpty();
    assertThat(claimedIds(NOON.plusSeconds(30))).isEmpty();
  }

  @Test
  void aWorkerWhoseClockRunsAheadCannotTakeALiveLease() {
    enqueue("d-1", NOON);
    assertThat(outbox.claimDue(NOON, Duration.ofMinutes(2), 10)).hasSize(1);

    // By this worker's clock the lease ended long ago; by the database's it has just begun.
    assertThat(claimedIds(NOON.plus(Duration.ofDays(1)))).isEmpty();
  }

  @Test
  void aDeliveryWhoseLeaseRanOutByTheDatabaseClockIsClaimedAgain() {
    enqueue("d-1", NOON);
    ClaimedDelivery first = claimOne(NOON);
    // The worker died mid-attempt: nothing was recorded; time passes in the database.
    endLeasesBySql();

    // This worker's clock still reads NOON: the lease ended by the database's clock all the same.
    ClaimedDelivery again = claimOne(NOON);

    assertThat(again.id()).isEqualTo("d-1");
    assertThat(again.attempts()).isZero();
    assertThat(again.claim()).isGreaterThan(first.claim());
    assertThat(claimedIds(NOON)).isEmpty();
  }

  @Test
  void aLeaseOfNoLengthEndsAtOnce() {
    enqueue("d-1", NOON);
    assertThat(outbox.claimDue(NOON, Duration.ofSeconds(-1), 10)).hasSize(1);

    assertThat(outbox.claimDue(NOON, Duration.ZERO, 10)).hasSize(1);
    assertThat(outbox.claimDue(NOON, Duration.ZERO, 10)).hasSize(1);
  }

  @Test
  void aStaleWorkerCannotRecordOverTheClaimThatReplacedIt() {
    enqueue("d-1", NOON);
    ClaimedDelivery stale = claimOne(NOON);
    endLeasesBySql();
    ClaimedDelivery current = claimOne(NOON.plusSeconds(1));

    assertThat(outbox.recordSuccess(stale, new Attempt(1, NOON.plusSeconds(2), 200, null, 9)))
        .isFalse();
    assertThat(outbox.recordFailure(stale, failed(1, NOON.plusSeconds(2)), null)).isFalse();

    Delivery untouched = outbox.find(ACME, "d-1").orElseThrow();
    assertThat(untouched.state()).isEqualTo(DeliveryState.PENDING);
    assertThat(untouched.attempts()).isZero();
    assertThat(untouched.history()).isEmpty();
    assertThat(claimedIds(NOON.plusSeconds(2))).isEmpty(); // current's lease still holds
    Instant retryAt = NOON.plusSeconds(60);
    assertThat(outbox.recordFailure(current, failed(1, NOON.plusSeconds(3)), retryAt)).isTrue();
    assertThat(outbox.find(ACME, "d-1").orElseThrow().nextAttemptAt()).isEqualTo(retryAt);
  }

  @Test
  void aClaimRecordsOneOutcomeOnly() {
    enqueue("d-1", NOON);
    ClaimedDelivery claimed = claimOne(NOON);
    Instant retryAt = NOON.plusSeconds(10);

    assertThat(outbox.recordFailure(claimed, failed(1, NOON), retryAt)).isTrue();
    assertThat(outbox.recordSuccess(claimed, new Attempt(1, NOON, 200, null, 9))).isFalse();

    Delivery waiting = outbox.find(ACME, "d-1").orElseThrow();
    assertThat(waiting.state()).isEqualTo(DeliveryState.PENDING);
    assertThat(waiting.history()).hasSize(1);
    assertThat(claimOne(retryAt).claim()).isGreaterThan(claimed.claim());
  }

  @Test
  void aFailedDeliveryWaitsForItsNextAttempt() {
    enqueue("d-1", NOON);
    ClaimedDelivery claimed = claimOne(NOON);
    Instant retryAt = NOON.plusSeconds(600);

    assertThat(outbox.recordFailure(claimed, failed(1, NOON.plusSeconds(1)), retryAt)).isTrue();

    Delivery waiting = outbox.find(ACME, "d-1").orElseThrow();
    assertThat(waiting.state()).isEqualTo(DeliveryState.PENDING);
    assertThat(waiting.attempts()).isEqualTo(1);
    assertThat(waiting.nextAttemptAt()).isEqualTo(retryAt);
    assertThat(claimedIds(NOON.plusSeconds(300))).isEmpty();
    List<ClaimedDelivery> due = claim(retryAt);
    assertThat(due).extracting(ClaimedDelivery::id).containsExactly("d-1");
    assertThat(due.get(0).attempts()).isEqualTo(1);
  }

  @Test
  void aFailureWithoutNextAttemptMakesTheDeliveryDead() {
    enqueue("d-1", NOON);
    ClaimedDelivery claimed = claimOne(NOON);

    outbox.recordFailure(claimed, failed(1, NOON.plusSeconds(1)), null);

    Delivery dead = outbox.find(ACME, "d-1").orElseThrow();
    assertThat(dead.state()).isEqualTo(DeliveryState.DEAD);
    assertThat(dead.attempts()).isEqualTo(1);
    assertThat(dead.nextAttemptAt()).isNull();
    assertThat(dead.deliveredAt()).isNull();
    Instant muchLater = NOON.plusSeconds(86_400 * 365L);
    assertThat(claimedIds(muchLater)).isEmpty();
  }

  @Test
  void aSuccessMakesTheDeliveryDelivered() {
    enqueue("d-1", NOON);
    ClaimedDelivery claimed = claimOne(NOON);
    Instant answeredAt = NOON.plusSeconds(2);

    assertThat(outbox.recordSuccess(claimed, new Attempt(1, answeredAt, 200, null, 35))).isTrue();

    Delivery delivered = outbox.find(ACME, "d-1").orElseThrow();
    assertThat(delivered.state()).isEqualTo(DeliveryState.DELIVERED);
    assertThat(delivered.attempts()).isEqualTo(1);
    assertThat(delivered.deliveredAt()).isEqualTo(answeredAt);
    assertThat(delivered.nextAttemptAt()).isNull();
    Instant muchLater = NOON.plusSeconds(86_400 * 365L);
    assertThat(claimedIds(muchLater)).isEmpty();
  }

  @Test
  void findsTheDeliveryWithItsAttemptsInOrder() {
    enqueue("d-1", NOON);
    Attempt timeout = new Attempt(1, NOON.plusSeconds(1), null, "timed out after 15s", 15_000);
    Attempt refused = new Attempt(2, NOON.plusSeconds(20), 500, "HTTP 500", 80);
    Attempt accepted = new Attempt(3, NOON.plusSeconds(60), 204, null, 25);
    outbox.recordFailure(claimOne(NOON), timeout, NOON.plusSeconds(20));
    outbox.recordFailure(claimOne(NOON.plusSeconds(20)), refused, NOON.plusSeconds(60));
    outbox.recordSuccess(claimOne(NOON.plusSeconds(60)), accepted);

    Delivery found = outbox.find(ACME, "d-1").orElseThrow();

    assertThat(found.history()).containsExactly(timeout, refused, accepted);
    assertThat(found.attempts()).isEqualTo(3);
    assertThat(found.state()).isEqualTo(DeliveryState.DELIVERED);
  }

  @Test
  void truncatesAnOverLongErrorInsteadOfFailing() {
    enqueue("d-1", NOON);
    ClaimedDelivery claimed = claimOne(NOON);
    String error = "connection reset; ".repeat(34).substring(0, 600);

    outbox.recordFailure(claimed, new Attempt(1, NOON, null, error, 10), NOON.plusSeconds(10));

    String stored = outbox.find(ACME, "d-1").orElseThrow().history().get(0).error();
    assertThat(stored).isNotEmpty().hasSizeLessThan(600).isEqualTo(error.substring(0, 512));
  }

  @Test
  void doesNotFindAnotherTenantsDelivery() {
    enqueue("d-1", NOON);

    assertThat(outbox.find(SHOP, "d-1")).isEmpty();
    assertThat(outbox.find(ACME, "unknown")).isEmpty();
  }

  @Test
  void listsNewestFirstPageByPage() {
    enqueue("d-1", NOON.plusSeconds(1));
    enqueue("d-2", NOON.plusSeconds(2));
    // Two created at the same instant: the id breaks the tie, and paging splits them.
    enqueue("d-3a", NOON.plusSeconds(3));
    enqueue("d-3b", NOON.plusSeconds(3));
    enqueue("d-4", NOON.plusSeconds(4));

    Page<Delivery> first = outbox.list(ACME, ANY, null, 2);
    Page<Delivery> second = outbox.list(ACME, ANY, first.nextCursor(), 2);
    Page<Delivery> third = outbox.list(ACME, ANY, second.nextCursor(), 2);

    assertThat(first.items()).extracting(Delivery::id).containsExactly("d-4", "d-3b");
    assertThat(second.items()).extracting(Delivery::id).containsExactly("d-3a", "d-2");
    assertThat(third.items()).extracting(Delivery::id).containsExactly("d-1");
    assertThat(first.nextCursor()).isNotNull();
    assertThat(second.nextCursor()).isNotNull();
    assertThat(third.nextCursor()).isNull();
  }

  @Test
  void aFullLastPageHasNoNextCursor() {
    enqueue("d-1", NOON.plusSeconds(1));
    enqueue("d-2", NOON.plusSeconds(2));

    Page<Delivery> page = outbox.list(ACME, ANY, null, 2);

    assertThat(page.items()).extracting(Delivery::id).containsExactly("d-2", "d-1");
    assertThat(page.nextCursor()).isNull();
  }

  @Test
  void listsWithoutHistory() {
    enqueue("d-1", NOON);
    outbox.recordFailure(claimOne(NOON), failed(1, NOON), NOON.plusSeconds(10));

    Delivery listed = outbox.list(ACME, ANY, null, 10).items().get(0);

    assertThat(listed.history()).isEmpty();
    assertThat(listed.attempts()).isEqualTo(1);
    assertThat(listed.payload()).isEqualTo(PAYLOAD);
  }

  @Test
  void listsOnlyTheTenantsDeliveries() {
    Subscription shopHooks = subscribe("sub-shop", SHOP);
    enqueue("d-acme", NOON);
    enqueue("d-shop", SHOP, shopHooks.id(), NOON.plusSeconds(1));

    assertThat(outbox.list(ACME, ANY, null, 10).items())
        .extracting(Delivery::id)
        .containsExactly("d-acme");
    assertThat(outbox.list(SHOP, ANY, null, 10).items())
        .extracting(Delivery::id)
        .containsExactly("d-shop");
  }

  @Test
  void filtersTheListingByState() {
    enqueue("d-pending", NOON.plusSeconds(1));
    enqueue("d-dead", NOON.plusSeconds(2));
    enqueue("d-delivered", NOON.plusSeconds(3));
    killDelivery("d-dead", 1);
    endLeasesBySql(); // the claim that killed d-dead leased the other two as well
    Instant later = NOON.plusSeconds(1000);
    List<ClaimedDelivery> due = claim(later);
    assertThat(due).extracting(ClaimedDelivery::id).containsExactly("d-pending", "d-delivered");
    outbox.recordSuccess(due.get(1), new Attempt(1, later, 200, null, 5));

    assertThat(ids(new DeliveryQuery(DeliveryState.DEAD, null))).containsExactly("d-dead");
    assertThat(ids(new DeliveryQuery(DeliveryState.DELIVERED, null)))
        .containsExactly("d-delivered");
    assertThat(ids(new DeliveryQuery(DeliveryState.PENDING, null))).containsExactly("d-pending");
  }

  @Test
  void filtersTheListingBySubscriptionAndState() {
    Subscription other = subscribe("sub-other", ACME);
    enqueue("d-1", NOON.plusSeconds(1));
    enqueue("d-2", ACME, other.id(), NOON.plusSeconds(2));
    enqueue("d-3", ACME, other.id(), NOON.plusSeconds(3));
    killDelivery("d-3", 2);

    assertThat(ids(new DeliveryQuery(null, other.id()))).containsExactly("d-3", "d-2");
    assertThat(ids(new DeliveryQuery(null, acmeHooks.id()))).containsExactly("d-1");
    assertThat(ids(new DeliveryQuery(DeliveryState.DEAD, other.id()))).containsExactly("d-3");
    assertThat(ids(new DeliveryQuery(DeliveryState.DEAD, acmeHooks.id()))).isEmpty();
  }

  @Test
  void pagesThroughAFilteredListing() {
    Subscription other = subscribe("sub-other", ACME);
    for (int i = 1; i <= 5; i++) {
      enqueue("d-" + i, ACME, i % 2 == 0 ? acmeHooks.id() : other.id(), NOON.plusSeconds(i));
    }
    DeliveryQuery query = new DeliveryQuery(DeliveryState.PENDING, other.id());

    Page<Delivery> first = outbox.list(ACME, query, null, 2);
    Page<Delivery> second = outbox.list(ACME, query, first.nextCursor(), 2);

    assertThat(first.items()).extracting(Delivery::id).containsExactly("d-5", "d-3");
    assertThat(second.items()).extracting(Delivery::id).containsExactly("d-1");
    assertThat(second.nextCursor()).isNull();
  }

  private List<String> ids(DeliveryQuery query) {
    return outbox.list(ACME, query, null, 10).items().stream().map(Delivery::id).toList();
  }

  @Test
  void replayMakesADeadDeliveryDueAtOnceWithAFreshBudget() {
    enqueue("d-1", NOON);
    killDelivery("d-1", 3);
    Instant replayedAt = NOON.plusSeconds(5000);

    assertThat(outbox.replay(ACME, "d-1", replayedAt)).isTrue();

    Delivery replayed = outbox.find(ACME, "d-1").orElseThrow();
    assertThat(replayed.state()).isEqualTo(DeliveryState.PENDING);
    assertThat(replayed.attempts()).isZero();
    assertThat(replayed.nextAttemptAt()).isEqualTo(replayedAt);
    assertThat(replayed.webhookId()).isEqualTo("evt-d-1");
    List<ClaimedDelivery> claimed = claim(replayedAt);
    assertThat(claimed).extracting(ClaimedDelivery::id).containsExactly("d-1");
    assertThat(claimed.get(0).attempts()).isZero();
  }

  @Test
  void replayMakesADeliveredDeliveryPendingAgain() {
    enqueue("d-1", NOON);
    outbox.recordSuccess(claimOne(NOON), new Attempt(1, NOON, 200, null, 5));
    Instant replayedAt = NOON.plusSeconds(5000);

    assertThat(outbox.replay(ACME, "d-1", replayedAt)).isTrue();

    Delivery replayed = outbox.find(ACME, "d-1").orElseThrow();
    assertThat(replayed.state()).isEqualTo(DeliveryState.PENDING);
    assertThat(replayed.deliveredAt()).isNull();
    assertThat(claimedIds(replayedAt)).containsExactly("d-1");
  }

  @Test
  void anotherTenantCannotReplayTheDelivery() {
    enqueue("d-1", NOON);
    killDelivery("d-1", 1);

    assertThat(outbox.replay(SHOP, "d-1", NOON.plusSeconds(5000))).isFalse();
    assertThat(outbox.replay(ACME, "unknown", NOON.plusSeconds(5000))).isFalse();

    assertThat(outbox.find(ACME, "d-1").orElseThrow().state()).isEqualTo(DeliveryState.DEAD);
  }

  @Test
  void aDeliveryReplayedWhileInFlightIsNotPostedAgainBeforeItsLeaseEnds() {
    enqueue("d-1", NOON);
    claimOne(NOON); // the first worker is posting it

    assertThat(outbox.replay(ACME, "d-1", NOON.plusSeconds(5))).isTrue();

    Delivery replayed = outbox.find(ACME, "d-1").orElseThrow();
    assertThat(replayed.state()).isEqualTo(DeliveryState.PENDING);
    assertThat(replayed.attempts()).isZero();
    assertThat(replayed.nextAttemptAt()).isEqualTo(NOON.plusSeconds(5));
    assertThat(claimedIds(NOON.plusSeconds(5))).isEmpty();
    endLeasesBySql();
    assertThat(claimedIds(NOON.plusSeconds(5))).containsExactly("d-1");
  }

  @Test
  void theInFlightWorkersRecordDoesNotUndoAReplay() {
    enqueue("d-1", NOON);
    ClaimedDelivery inFlight = claimOne(NOON);
    outbox.replay(ACME, "d-1", NOON.plusSeconds(5));

    assertThat(outbox.recordSuccess(inFlight, new Attempt(1, NOON.plusSeconds(6), 200, null, 9)))
        .isFalse();

    Delivery replayed = outbox.find(ACME, "d-1").orElseThrow();
    assertThat(replayed.state()).isEqualTo(DeliveryState.PENDING);
    assertThat(replayed.deliveredAt()).isNull();
    assertThat(replayed.history()).isEmpty();
    endLeasesBySql();
    ClaimedDelivery again = claimOne(NOON.plusSeconds(5));
    assertThat(again.attempts()).isZero();
    assertThat(outbox.recordSuccess(again, new Attempt(1, NOON.plusSeconds(7), 200, null, 9)))
        .isTrue();
    assertThat(outbox.recordFailure(inFlight, failed(1, NOON.plusSeconds(8)), null)).isFalse();
    assertThat(outbox.find(ACME, "d-1").orElseThrow().state()).isEqualTo(DeliveryState.DELIVERED);
  }

  @Test
  void aClaimTakesTheNextDueRowsInsteadOfWaitingForRowsAnotherWorkerIsClaiming() throws Exception {
    List.of("d-1", "d-2", "d-3", "d-4").forEach(id -> enqueue(id, NOON));
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService workers = Executors.newFixedThreadPool(2);
    try {
      Future<?> claiming =
          workers.submit(
              () ->
                  QuarkusTransaction.requiringNew()
                      .run(
                          () -> {
                            database
                                .entityManager()
                                .createNativeQuery(
                                    "SELECT id FROM webhook_deliveries"
                                        + " WHERE id IN ('d-1', 'd-2') FOR UPDATE")
                                .getResultList();
                            locked.countDown();
                            await(release);
                          }));
      await(locked);

      // Bounded so that a claim stuck behind the lock fails the test instead of hanging it.
      Future<List<String>> mine = workers.submit(() -> claimedIds(NOON));
      assertThat(mine.get(30, TimeUnit.SECONDS)).containsExactly("d-3", "d-4");
      release.countDown();
      claiming.get(30, TimeUnit.SECONDS);
    } finally {
      release.countDown();
      workers.shutdownNow();
    }
    assertThat(claimedIds(NOON)).containsExactly("d-1", "d-2");
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void concurrentWorkersClaimEveryDeliveryExactlyOnce() throws Exception {
    List<String> all = IntStream.rangeClosed(1, 20).mapToObj(i -> "d-%02d".formatted(i)).toList();
    all.forEach(id -> enqueue(id, NOON));

    List<String> claimed = race(() -> claimUntilNoneLeft(NOON));

    assertThat(claimed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
    assertThat(claimedIds(NOON.plusSeconds(1))).isEmpty();
  }

  /**
   * What a worker does each poll, until a call comes back empty; a call that loses every row it
   * looked at to another worker may come back short.
   */
  private List<String> claimUntilNoneLeft(Instant now) {
    List<String> mine = new ArrayList<>();
    List<String> batch;
    do {
      batch = claimedIds(now);
      mine.addAll(batch);
    } while (!batch.isEmpty());
    return mine;
  }

  /** Runs {@code claim} on 8 threads released together by one start gate; all their claims. */
  static List<String> race(java.util.concurrent.Callable<List<String>> claim) throws Exception {
    int threads = 8;
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  start.await();
                  return claim.call();
                }));
      }
      ready.await();
      start.countDown();
      List<String> claimed = new ArrayList<>();
      for (Future<List<String>> result : results) {
        claimed.addAll(result.get());
      }
      return claimed;
    } finally {
      pool.shutdownNow();
    }
  }
}
