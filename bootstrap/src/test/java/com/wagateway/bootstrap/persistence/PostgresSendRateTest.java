package com.wagateway.bootstrap.persistence;

import static com.wagateway.bootstrap.resilience.RateLimits.limitOf;
import static com.wagateway.bootstrap.resilience.RateLimits.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.application.port.SendRateLimit;
import com.wagateway.application.port.TenantRepository;
import com.wagateway.bootstrap.BlockingWork;
import com.wagateway.bootstrap.resilience.RateLimitSettings;
import com.wagateway.bootstrap.resilience.RateLimits;
import com.wagateway.bootstrap.resilience.SendLimit;
import com.wagateway.bootstrap.resilience.TokenBuckets;
import com.wagateway.domain.error.RateLimitedException;
import com.wagateway.domain.error.TenantNotFoundException;
import com.wagateway.domain.model.TenantId;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The send rate on PostgreSQL holds for all gateway processes together: each "gateway" here has its
 * own rate limit over buckets of its own, and they share nothing but the database, as two processes
 * would. Sends race on real threads.
 */
@QuarkusTest
@TestProfile(PostgresPersistence.class)
@Tag(PostgresPersistence.TAG)
class PostgresSendRateTest {
  /** So slow that nothing worth a token refills during a test: exactly the burst is granted. */
  private static final double TRICKLE = 0.001;

  private static final int BURST = 5;
  private static final int SENDS = 30;
  private static final TenantId ACME = new TenantId("acme");
  private static final TenantId SHOP = new TenantId("shop");
  private static final TenantId SLOW = new TenantId("slow");
  private static final RateLimitSettings LIMITS =
      settings(TRICKLE, BURST, Map.of(SLOW.value(), limitOf(TRICKLE, 2)));

  @Inject ActiveDatabase database;
  @Inject TenantRepository tenants;
  @Inject TokenBuckets configured;
  @Inject BlockingWork blocking;
  @Inject Vertx vertx;

  @BeforeEach
  void freshTenants() {
    Tables.clear(database); // their buckets go with them
    for (TenantId tenant : List.of(ACME, SHOP, SLOW)) {
      tenants.create(TenantRepositoryContract.whapi(tenant.value(), null));
    }
  }

  /** A gateway process's rate limit: its own objects, the shared database. */
  private SendRateLimit gateway() {
    return RateLimits.over(new PostgresTokenBuckets(database.dataSource()), LIMITS);
  }

  @Test
  void keepsTheBucketsInAnUnloggedTableWhenTheGatewayRunsOnPostgresql() throws Exception {
    assertThat(configured).isInstanceOf(PostgresTokenBuckets.class);
    try (Connection connection = database.dataSource().getConnection();
        ResultSet table =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT relpersistence FROM pg_class WHERE relname = 'send_rate_buckets'")) {
      assertThat(table.next()).isTrue();
      assertThat(table.getString(1)).isEqualTo("u");
    }
  }

  @Test
  void twoGatewaysTogetherGrantTheBurstOnceAndTellTheOthersWhenToRetry() throws Exception {
    List<SendRateLimit> gateways = List.of(gateway(), gateway());

    List<Duration> refusals = race(i -> gateways.get(i % 2), ACME);

    assertThat(refusals).hasSize(SENDS - BURST);
    // Nothing left: a whole token takes 1 / rate, a little less as the tenth of a token flows in.
    assertThat(refusals)
        .allSatisfy(
            wait ->
                assertThat(wait)
                    .isPositive()
                    .isLessThanOrEqualTo(Duration.ofSeconds(1_000))
                    .isGreaterThan(Duration.ofSeconds(900)));
  }

  @Test
  void aTenantsBucketIsItsOwn() throws Exception {
    List<SendRateLimit> gateways = List.of(gateway(), gateway());
    race(i -> gateways.get(i % 2), ACME);

    assertThat(race(i -> gateways.get(i % 2), SHOP)).hasSize(SENDS - BURST);
  }

  @Test
  void aTenantsOwnLimitApplies() throws Exception {
    List<SendRateLimit> gateways = List.of(gateway(), gateway());

    assertThat(race(i -> gateways.get(i % 2), SLOW)).hasSize(SENDS - 2);
  }

  @Test
  void refillsByTheDatabaseClockAtTheRateUpToTheBurst() throws Exception {
    TokenBuckets buckets = new PostgresTokenBuckets(database.dataSource());
    SendLimit twoPerSecondThree = new SendLimit(2, 3);
    takeAll(buckets, twoPerSecondThree, 3);
    assertThat(buckets.take(ACME, twoPerSecondThree)).isPositive();

    turnBackTheBucketOf(ACME, "1 second"); // two tokens' worth

    takeAll(buckets, twoPerSecondThree, 2);
    assertThat(buckets.take(ACME, twoPerSecondThree)).isPositive();

    turnBackTheBucketOf(ACME, "1 hour"); // never more than the burst

    takeAll(buckets, twoPerSecondThree, 3);
    assertThat(buckets.take(ACME, twoPerSecondThree)).isPositive();
  }

  @Test
  void refusesATenantDeletedSinceItWasRead() {
    TokenBuckets buckets = new PostgresTokenBuckets(database.dataSource());

    assertThatThrownBy(() -> buckets.take(new TenantId("gone"), new SendLimit(1, 1)))
        .isInstanceOf(TenantNotFoundException.class);
  }

  @Test
  void asksTheDatabaseOffTheEventLoopAndFailsTheStageWithTheRefusal() throws Exception {
    AtomicBoolean onEventLoop = new AtomicBoolean();
    TokenBuckets shared = new PostgresTokenBuckets(database.dataSource());
    TokenBuckets watched =
        new TokenBuckets() {
          @Override
          public long take(TenantId tenant, SendLimit limit) {
            onEventLoop.compareAndSet(false, Context.isOnEventLoopThread());
            return shared.take(tenant, limit);
          }

          @Override
          public boolean blocks() {
            return true;
          }

          @Override
          public void forget(TenantId tenant) {}
        };
    SendRateLimit limit = RateLimits.over(watched, LIMITS, blocking);

    List<Throwable> outcomes = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      outcomes.add(onTheEventLoop(() -> limit.acquireLater(SLOW)));
    }

    assertThat(onEventLoop).isFalse();
    assertThat(outcomes.subList(0, 2)).containsOnlyNulls();
    assertThat(outcomes.get(2)).isInstanceOf(RateLimitedException.class);
  }

  /** What the stage that {@code call} returns, called on an event loop, fails with, or null. */
  private Throwable onTheEventLoop(Supplier<CompletionStage<Void>> call) throws Exception {
    CompletableFuture<Throwable> outcome = new CompletableFuture<>();
    vertx
        .getOrCreateContext()
        .runOnContext(
            ignored -> call.get().whenComplete((done, failure) -> outcome.complete(failure)));
    return outcome.get(30, TimeUnit.SECONDS);
  }

  private void takeAll(TokenBuckets buckets, SendLimit limit, int tokens) {
    for (int i = 0; i < tokens; i++) {
      assertThat(buckets.take(ACME, limit)).as("token %d", i + 1).isZero();
    }
  }

  /** As if the tenant's last send had been {@code interval} earlier by the database's clock. */
  private void turnBackTheBucketOf(TenantId tenant, String interval) throws Exception {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE send_rate_buckets SET refilled_at = refilled_at - CAST(? AS interval)"
                    + " WHERE tenant_id = ?")) {
      update.setString(1, interval);
      update.setString(2, tenant.value());
      assertThat(update.executeUpdate()).isOne();
    }
  }

  /**
   * {@link #SENDS} sends for {@code tenant} at once, the i-th through {@code gateway.apply(i)}.
   *
   * @return the waits the refused ones were told
   */
  private static List<Duration> race(IntFunction<SendRateLimit> gateway, TenantId tenant)
      throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(SENDS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Duration>> sends = new ArrayList<>();
      for (int i = 0; i < SENDS; i++) {
        SendRateLimit limit = gateway.apply(i);
        sends.add(
            threads.submit(
                () -> {
                  start.await();
                  try {
                    limit.acquire(tenant);
                    return null;
                  } catch (RateLimitedException refused) {
                    return refused.retryAfter().orElseThrow();
                  }
                }));
      }
      start.countDown();
      List<Duration> refusals = new ArrayList<>();
      for (Future<Duration> send : sends) {
        Duration wait = send.get(30, TimeUnit.SECONDS);
        if (wait != null) {
          refusals.add(wait);
        }
      }
      return refusals;
    } finally {
      threads.shutdownNow();
    }
  }
}
