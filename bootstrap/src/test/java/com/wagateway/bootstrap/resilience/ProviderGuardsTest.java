package com.wagateway.bootstrap.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import com.wagateway.bootstrap.ResilienceTest;
import com.wagateway.bootstrap.resilience.ProviderGuards.Repeat;
import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.error.ProviderException;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderCredentials;
import com.wagateway.domain.model.Secret;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Completions;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * {@link ProviderGuards} called directly, with the Whapi policy of {@link ResilienceTest.Profile}
 * (2 retries, at most 2 calls at once): which failures are repeated, and the per-provider bulkhead.
 */
@QuarkusTest
@TestProfile(ResilienceTest.Profile.class)
class ProviderGuardsTest {
  private static final AtomicInteger NEXT = new AtomicInteger();

  @Inject ProviderGuards guards;

  /** Each test its own tenant, so that no test's failures count in another's circuit. */
  private static ProviderAccount whapiAccount() {
    return new ProviderAccount(
        new TenantId("guarded-" + NEXT.incrementAndGet()),
        new ProviderCredentials.Whapi(Secret.of("token")));
  }

  private static ProviderAccount awwwAccount() {
    return new ProviderAccount(
        new TenantId("guarded-" + NEXT.incrementAndGet()),
        new ProviderCredentials.ApiWhatsAppWeb(Secret.of("key"), "instance-1"));
  }

  /** A provider call failing with {@code failure} the first {@code failures} times. */
  private static CountingCall failing(int failures, Supplier<ProviderException> failure) {
    return new CountingCall(failures, failure);
  }

  /** As {@link #failing}, failing every time. */
  private static CountingCall alwaysFailing(Supplier<ProviderException> failure) {
    return new CountingCall(Integer.MAX_VALUE, failure);
  }

  /** A provider call that counts how often it was made. */
  private static final class CountingCall implements Supplier<String> {
    private final int failures;
    private final Supplier<ProviderException> failure;
    private final AtomicInteger tries = new AtomicInteger();

    CountingCall(int failures, Supplier<ProviderException> failure) {
      this.failures = failures;
      this.failure = failure;
    }

    @Override
    public String get() {
      if (tries.incrementAndGet() <= failures) {
        throw failure.get();
      }
      return "answer after " + tries.get() + " tries";
    }

    int tries() {
      return tries.get();
    }
  }

  /** The bulkhead's refusal: 503 PROVIDER_UNAVAILABLE with a Retry-After. */
  private static void assertRefusedForLackOfRoom(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ProviderException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_UNAVAILABLE);
              assertThat(e.retryAfter()).isPresent();
            });
  }

  @Test
  void repeatsASendThatNeverReachedTheProvider() {
    ProviderAccount account = whapiAccount();
    Supplier<String> call =
        failing(2, () -> ProviderException.unavailable(account, new IOException("refused")));

    String answer = guards.call(account, "send", Repeat.ONLY_IF_NOT_REACHED, call);

    assertThat(answer).isEqualTo("answer after 3 tries");
  }

  @Test
  void givesUpOnAnUnreachableProviderAfterTheConfiguredRetries() {
    ProviderAccount account = whapiAccount();
    CountingCall call =
        alwaysFailing(() -> ProviderException.unavailable(account, new IOException("refused")));

    assertThatThrownBy(() -> guards.call(account, "send", Repeat.ONLY_IF_NOT_REACHED, call))
        .isInstanceOfSatisfying(
            ProviderException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_UNAVAILABLE));
    assertThat(call.tries()).isEqualTo(3);
  }

  @Test
  void neverRepeatsASendThatTimedOut() {
    ProviderAccount account = whapiAccount();
    CountingCall call =
        alwaysFailing(() -> ProviderException.timeout(account, new IOException("read timed out")));

    assertThatThrownBy(() -> guards.call(account, "send", Repeat.ONLY_IF_NOT_REACHED, call))
        .isInstanceOfSatisfying(
            ProviderException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_TIMEOUT));
    assertThat(call.tries()).isEqualTo(1);
  }

  @Test
  void neverRepeatsASendTheProviderAnsweredWithAFailure() {
    ProviderAccount account = whapiAccount();
    Supplier<String> call = failing(1, () -> ProviderException.error(account, 500, "down", null));

    assertThatThrownBy(() -> guards.call(account, "send", Repeat.ONLY_IF_NOT_REACHED, call))
        .isInstanceOfSatisfying(
            ProviderException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_ERROR));
  }

  @Test
  void repeatsAReadTheProviderAnsweredWithAFailure() {
    ProviderAccount account = whapiAccount();
    Supplier<String> call = failing(2, () -> ProviderException.error(account, 503, "down", null));

    assertThat(guards.call(account, "profile.read", Repeat.SAFE, call))
        .isEqualTo("answer after 3 tries");
  }

  @Test
  void neverRepeatsAReadTheProviderRefused() {
    ProviderAccount account = whapiAccount();
    CountingCall call =
        alwaysFailing(() -> ProviderException.authFailed(account, 401, "bad token"));

    assertThatThrownBy(() -> guards.call(account, "profile.read", Repeat.SAFE, call))
        .isInstanceOfSatisfying(
            ProviderException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_AUTH_FAILED));
    assertThat(call.tries()).isEqualTo(1);
  }

  @Test
  void refusesACallBeyondTheProvidersConcurrencyAtOnceWhileTheOtherProviderServes()
      throws Exception {
    CountDownLatch inside = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    Supplier<String> blocking =
        () -> {
          inside.countDown();
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return "done";
        };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CompletableFuture<String> first =
          CompletableFuture.supplyAsync(
              () -> guards.call(whapiAccount(), "send", Repeat.SAFE, blocking), pool);
      CompletableFuture<String> second =
          CompletableFuture.supplyAsync(
              () -> guards.call(whapiAccount(), "send", Repeat.SAFE, blocking), pool);
      assertThat(inside.await(5, TimeUnit.SECONDS)).as("both calls under way").isTrue();

      ProviderAccount third = whapiAccount();
      assertTimeout(
          Duration.ofSeconds(1),
          () ->
              assertRefusedForLackOfRoom(
                  () -> guards.call(third, "send", Repeat.SAFE, () -> "never called")));
      assertTimeout(
          Duration.ofSeconds(1),
          () ->
              assertThat(guards.call(awwwAccount(), "send", Repeat.SAFE, () -> "served"))
                  .isEqualTo("served"));

      release.countDown();
      assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("done");
      assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("done");
    } finally {
      release.countDown();
      pool.shutdown();
    }
  }

  /** A send that answers later: failing stages {@code failures} times, then an answer. */
  private static Supplier<CompletionStage<String>> later(CountingCall call) {
    return () -> {
      try {
        return CompletableFuture.completedFuture(call.get());
      } catch (ProviderException failure) {
        return CompletableFuture.failedFuture(failure);
      }
    };
  }

  private static <T> T outcome(CompletionStage<T> stage) {
    return Completions.join(stage.toCompletableFuture().orTimeout(10, TimeUnit.SECONDS));
  }

  @Test
  void repeatsASendAnsweringLaterThatNeverReachedTheProvider() {
    ProviderAccount account = whapiAccount();
    CountingCall call =
        failing(2, () -> ProviderException.unavailable(account, new IOException("refused")));

    String answer = outcome(guards.send(account, "send", Repeat.ONLY_IF_NOT_REACHED, later(call)));

    assertThat(answer).isEqualTo("answer after 3 tries");
  }

  @Test
  void neverRepeatsASendAnsweringLaterThatTheProviderRefused() {
    ProviderAccount account = whapiAccount();
    CountingCall call = alwaysFailing(() -> ProviderException.error(account, 500, "down", null));

    assertThatThrownBy(
            () -> outcome(guards.send(account, "send", Repeat.ONLY_IF_NOT_REACHED, later(call))))
        .isInstanceOfSatisfying(
            ProviderException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_ERROR));
    assertThat(call.tries()).isEqualTo(1);
  }

  @Test
  void failsASendWhoseAnswerNeverComesWithATimeout() {
    ProviderAccount account = whapiAccount();
    CompletableFuture<String> never = new CompletableFuture<>();

    CompletionStage<String> sent =
        guards.send(account, "send", Repeat.ONLY_IF_NOT_REACHED, () -> never);

    // The profile's timeout is 2 s; the bound only keeps a broken guard from hanging the build.
    assertThatThrownBy(() -> outcome(sent))
        .isInstanceOfSatisfying(
            ProviderException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_TIMEOUT));
  }

  @Test
  void queuesOneSendBeyondTheProvidersConcurrencyRefusesTheNextWhileTheOtherProviderServes() {
    CompletableFuture<String> first = new CompletableFuture<>();
    CompletableFuture<String> second = new CompletableFuture<>();
    AtomicInteger thirdCalls = new AtomicInteger();
    CompletionStage<String> one =
        guards.send(whapiAccount(), "send", Repeat.ONLY_IF_NOT_REACHED, () -> first);
    CompletionStage<String> two =
        guards.send(whapiAccount(), "send", Repeat.ONLY_IF_NOT_REACHED, () -> second);
    CompletionStage<String> three =
        guards.send(
            whapiAccount(),
            "send",
            Repeat.ONLY_IF_NOT_REACHED,
            () -> {
              thirdCalls.incrementAndGet();
              return CompletableFuture.completedFuture("third");
            });

    // Refused at once, not queued: the fourth stage has already failed.
    CompletableFuture<String> fourth =
        guards
            .send(
                whapiAccount(),
                "send",
                Repeat.ONLY_IF_NOT_REACHED,
                () -> CompletableFuture.completedFuture("never called"))
            .toCompletableFuture();
    assertThat(fourth).isCompletedExceptionally();
    assertRefusedForLackOfRoom(() -> outcome(fourth));
    assertThat(
            outcome(
                guards.send(
                    awwwAccount(),
                    "send",
                    Repeat.ONLY_IF_NOT_REACHED,
                    () -> CompletableFuture.completedFuture("served"))))
        .isEqualTo("served");
    assertThat(thirdCalls).as("the third waits for a free slot").hasValue(0);

    first.complete("done");
    assertThat(outcome(three)).isEqualTo("third");
    second.complete("done");
    assertThat(outcome(one)).isEqualTo("done");
    assertThat(outcome(two)).isEqualTo("done");
  }
}
