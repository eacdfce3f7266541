package com.wagateway.bootstrap.persistence;

import static com.wagateway.bootstrap.resilience.RateLimits.settings;

import com.wagateway.application.port.SendRateLimit;
import com.wagateway.application.port.TenantRepository;
import com.wagateway.bootstrap.resilience.InMemoryTokenBuckets;
import com.wagateway.bootstrap.resilience.RateLimits;
import com.wagateway.domain.model.TenantId;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Measures {@link SendRateLimit#acquire} with the buckets in PostgreSQL against the in-memory ones:
 * calls per second and latency, on one thread and on several, for one tenant (every call on one
 * row) and for a tenant per thread. Reports, never asserts; runs only when asked:
 *
 * <pre>GATEWAY_BENCHMARK=1 ./mvnw -B -o verify -pl bootstrap -am -Ppostgres \
 *   -Dtest=SendRateBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DskipITs</pre>
 */
@QuarkusTest
@TestProfile(PostgresPersistence.class)
@Tag(PostgresPersistence.TAG)
@EnabledIfEnvironmentVariable(named = "GATEWAY_BENCHMARK", matches = "1")
class SendRateBenchmark {
  private static final int CALLS = 20_000;
  private static final int THREADS = 4;

  @Inject ActiveDatabase database;
  @Inject TenantRepository tenants;

  @Test
  void measure() throws Exception {
    Tables.clear(database);
    List<TenantId> ids = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      ids.add(new TenantId("bench-" + i));
      tenants.create(TenantRepositoryContract.whapi("bench-" + i, null));
    }
    // Never refuses: every call takes a token, the path every allowed send pays for.
    var unlimited = settings(1e12, Integer.MAX_VALUE, Map.of());
    SendRateLimit postgres =
        RateLimits.over(new PostgresTokenBuckets(database.dataSource()), unlimited);
    SendRateLimit memory = RateLimits.over(new InMemoryTokenBuckets(), unlimited);
    for (var limit : Map.of("postgresql", postgres, "in-memory", memory).entrySet()) {
      run(limit.getValue(), 1, t -> ids.get(0)); // warm-up, not reported
      report(limit.getKey() + ", 1 thread", run(limit.getValue(), 1, ids::get));
      report(
          limit.getKey() + ", " + THREADS + " threads, one tenant",
          run(limit.getValue(), THREADS, t -> ids.get(0)));
      report(
          limit.getKey() + ", " + THREADS + " threads, a tenant each",
          run(limit.getValue(), THREADS, ids::get));
    }
    Tables.clear(database);
  }

  private record Run(long elapsedNanos, long[] latencies) {}

  /** {@link #CALLS} acquires split over {@code threads}, thread t for tenant {@code tenant(t)}. */
  private static Run run(SendRateLimit limit, int threads, IntFunction<TenantId> tenant)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<long[]>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        TenantId id = tenant.apply(t);
        int calls = CALLS / threads;
        workers.add(
            pool.submit(
                () -> {
                  long[] latencies = new long[calls];
                  start.await();
                  for (int i = 0; i < calls; i++) {
                    long before = System.nanoTime();
                    limit.acquire(id);
                    latencies[i] = System.nanoTime() - before;
                  }
                  return latencies;
                }));
      }
      long began = System.nanoTime();
      start.countDown();
      List<long[]> all = new ArrayList<>();
      for (Future<long[]> worker : workers) {
        all.add(worker.get());
      }
      long elapsed = System.nanoTime() - began;
      return new Run(elapsed, all.stream().flatMapToLong(Arrays::stream).sorted().toArray());
    } finally {
      pool.shutdownNow();
    }
  }

  private static void report(String name, Run run) {
    long[] sorted = run.latencies();
    System.out.printf(
        Locale.ROOT,
        "send-rate benchmark | %-40s | %,9.0f acquires/s | p50 %8.1f us | p99 %8.1f us%n",
        name,
        sorted.length / (run.elapsedNanos() / 1e9),
        sorted[sorted.length / 2] / 1e3,
        sorted[(int) (sorted.length * 0.99)] / 1e3);
  }
}
