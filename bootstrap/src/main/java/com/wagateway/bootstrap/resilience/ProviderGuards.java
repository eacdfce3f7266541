package com.wagateway.bootstrap.resilience;

import com.wagateway.bootstrap.TenantDeleted;
import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.error.ProviderException;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Completions;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.util.TypeLiteral;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * SmallRye Fault Tolerance around every provider call, configured per provider:
 *
 * <ul>
 *   <li>a circuit breaker per tenant and provider, opened by provider-side failures (unreachable,
 *       timeout, 5xx, unreadable answer), never by the provider refusing a request; while open,
 *       calls fail at once with 503 {@code PROVIDER_UNAVAILABLE} and {@code Retry-After};
 *   <li>retries only where repeating is safe: reads on any provider-side failure, other calls only
 *       when the connection was never made (so the request provably did not reach the provider);
 *   <li>a timeout bounding each try;
 *   <li>a bulkhead per provider, so a slow provider holds at most its own share of threads and of
 *       calls in flight.
 * </ul>
 */
@ApplicationScoped
public class ProviderGuards {
  private final ResilienceSettings settings;
  private final GatewayMetrics metrics;
  private final Clock clock = Clock.systemUTC();
  private final Map<ProviderId, Guard> bulkheads = new EnumMap<>(ProviderId.class);
  private final Map<Key, Circuit> circuits = new ConcurrentHashMap<>();

  ProviderGuards(ResilienceSettings settings, GatewayMetrics metrics) {
    this.settings = settings;
    this.metrics = metrics;
    for (ProviderId provider : ProviderId.values()) {
      bulkheads.put(
          provider,
          Guard.create()
              .withDescription("bulkhead of " + provider.key())
              .withThreadOffload(false)
              .withBulkhead()
              .limit(settings.of(provider).maxConcurrentCalls())
              // A send (answering later) beyond the limit waits for a free slot, one send at most
              // (SmallRye's smallest queue); any further one is refused at once.
              .queueSize(1)
              .done()
              .build());
    }
  }

  /** Whether a call may be repeated after a failure without risk of doing it twice. */
  enum Repeat {
    /** Reads: repeated on any provider-side failure. */
    SAFE,
    /** Changes and sends: repeated only when the provider was never reached. */
    ONLY_IF_NOT_REACHED
  }

  private record Key(TenantId tenant, ProviderId provider) {}

  /** A tenant's circuit at one provider, with when it last opened (for Retry-After). */
  private final class Circuit {
    final Guard guard;
    volatile CircuitBreakerState state = CircuitBreakerState.CLOSED;
    volatile Instant openedAt = Instant.EPOCH;

    Circuit(Key key) {
      ResilienceSettings.Policy policy = settings.of(key.provider());
      long retryDelay = Math.max(1, policy.retryDelay().toMillis());
      guard =
          Guard.create()
              // Per provider, not per tenant: SmallRye's own metrics are tagged with it.
              .withDescription("provider " + key.provider().key())
              // A send answers later and never blocks: it starts on the caller's thread (the event
              // loop), not after a hop through a task queue.
              .withThreadOffload(false)
              .withRetry()
              .maxRetries(policy.retries())
              .delay(retryDelay, ChronoUnit.MILLIS)
              .jitter(Math.max(1, retryDelay / 4), ChronoUnit.MILLIS)
              .whenException(failure -> failure instanceof Repeatable)
              .done()
              .withCircuitBreaker()
              .requestVolumeThreshold(policy.circuitWindow())
              .failureRatio(policy.circuitFailureRatio())
              .delay(policy.circuitDelay().toMillis(), ChronoUnit.MILLIS)
              .successThreshold(policy.circuitSuccesses())
              .when(ProviderGuards::isProviderFailure)
              .onStateChange(this::changed)
              .done()
              .withTimeout()
              .duration(policy.timeout().toMillis(), ChronoUnit.MILLIS)
              .done()
              .build();
      metrics.circuit(key.tenant(), key.provider(), () -> stateNumber(state));
    }

    private void changed(CircuitBreakerState next) {
      if (next == CircuitBreakerState.OPEN) {
        openedAt = clock.instant();
      }
      state = next;
    }

    Duration untilTrial(ResilienceSettings.Policy policy) {
      Duration left = policy.circuitDelay().minus(Duration.between(openedAt, clock.instant()));
      return left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left;
    }
  }

  /** A deleted tenant's circuits go; their gauges go with its other meters. */
  void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) TenantDeleted deleted) {
    circuits.keySet().removeIf(key -> key.tenant().equals(deleted.tenant()));
  }

  /** The tenants this process holds a circuit for. */
  Set<TenantId> tenantsWithCircuits() {
    return circuits.keySet().stream().map(Key::tenant).collect(Collectors.toSet());
  }

  /** Whether this process holds a circuit of {@code tenant}'s. */
  boolean holdsCircuitOf(TenantId tenant) {
    return circuits.keySet().stream().anyMatch(key -> key.tenant().equals(tenant));
  }

  private static int stateNumber(CircuitBreakerState state) {
    return switch (state) {
      case CLOSED -> 0;
      case HALF_OPEN -> 1;
      default -> 2;
    };
  }

  /** Runs one provider call under the provider's policy for this tenant. */
  <T> T call(ProviderAccount account, String operation, Repeat repeat, Supplier<T> providerCall) {
    ProviderId provider = account.provider();
    Circuit circuit = circuits.computeIfAbsent(new Key(account.tenantId(), provider), Circuit::new);
    Guard bulkhead = bulkheads.get(provider);
    return metrics.timeProviderCall(
        provider,
        operation,
        () -> {
          try {
            // The bulkhead is outside the circuit: a refusal for lack of room says nothing about
            // the provider's health and must not count, as a success or a failure.
            Supplier<Object> guarded =
                () -> circuit.guard.get(() -> markRepeatable(repeat, providerCall), Object.class);
            @SuppressWarnings("unchecked")
            T result = (T) bulkhead.get(guarded, Object.class);
            return result;
          } catch (Repeatable
              | CircuitBreakerOpenException
              | BulkheadException
              | TimeoutException guardFailure) {
            throw (ProviderException) translate(account, circuit, guardFailure);
          }
        });
  }

  /**
   * As {@link #call} for a provider call that answers later (a send): no thread is held while it is
   * in flight. The stage fails with the same {@link ProviderException}s {@link #call} throws
   * (wrapped in a {@link java.util.concurrent.CompletionException} by the metrics' dependent stage:
   * read them with {@link Completions#cause}).
   */
  <T> CompletionStage<T> send(
      ProviderAccount account,
      String operation,
      Repeat repeat,
      Supplier<CompletionStage<T>> providerCall) {
    ProviderId provider = account.provider();
    Circuit circuit = circuits.computeIfAbsent(new Key(account.tenantId(), provider), Circuit::new);
    Guard bulkhead = bulkheads.get(provider);
    Supplier<CompletionStage<Object>> guarded =
        () -> circuit.guard.get(() -> markRepeatableLater(repeat, providerCall), STAGE);
    CompletionStage<Object> answer;
    try {
      answer = bulkhead.get(guarded, STAGE);
    } catch (RuntimeException refused) {
      answer = Completions.failed(refused);
    }
    @SuppressWarnings("unchecked")
    CompletionStage<T> result =
        (CompletionStage<T>)
            Completions.mapFailure(answer, failure -> translate(account, circuit, failure));
    return metrics.timeProviderCall(provider, operation, result);
  }

  private static final TypeLiteral<CompletionStage<Object>> STAGE = new TypeLiteral<>() {};

  /**
   * What a guarded call failed with, as the gateway reports it: the guard's own failures (and a
   * repeatable one unwrapped) as {@link ProviderException}s, anything else as it is.
   */
  private Throwable translate(ProviderAccount account, Circuit circuit, Throwable failure) {
    if (failure instanceof Repeatable wrapped) {
      return wrapped.failure;
    }
    if (failure instanceof CircuitBreakerOpenException) {
      return ProviderException.circuitOpen(
          account, circuit.untilTrial(settings.of(account.provider())));
    }
    if (failure instanceof BulkheadException) {
      return ProviderException.saturated(account);
    }
    if (failure instanceof TimeoutException slow) {
      return ProviderException.timeout(account, slow);
    }
    return failure;
  }

  @SuppressWarnings("unchecked")
  private static <T> CompletionStage<Object> markRepeatableLater(
      Repeat repeat, Supplier<CompletionStage<T>> providerCall) {
    CompletionStage<T> answer;
    try {
      answer = providerCall.get();
    } catch (RuntimeException failure) {
      answer = Completions.failed(failure);
    }
    return (CompletionStage<Object>)
        Completions.mapFailure(answer, failure -> repeatable(repeat, failure));
  }

  /** As {@link #call}, for a provider call that answers nothing. */
  void run(ProviderAccount account, String operation, Repeat repeat, Runnable providerCall) {
    call(
        account,
        operation,
        repeat,
        () -> {
          providerCall.run();
          return null;
        });
  }

  private static <T> T markRepeatable(Repeat repeat, Supplier<T> providerCall) {
    try {
      return providerCall.get();
    } catch (ProviderException failure) {
      throw repeatable(repeat, failure);
    }
  }

  /** {@code failure}, wrapped as {@link Repeatable} when the retry may repeat the call. */
  private static RuntimeException repeatable(Repeat repeat, Throwable failure) {
    if (!(failure instanceof ProviderException provider)) {
      return failure instanceof RuntimeException runtime
          ? runtime
          : new IllegalStateException("Provider call failed", failure);
    }
    boolean notReached = provider.code() == ErrorCode.PROVIDER_UNAVAILABLE;
    // A timed-out read is not repeated: the caller has waited long enough already.
    boolean failedAnswer =
        provider.code() == ErrorCode.PROVIDER_ERROR && isProviderFailure(provider);
    if (notReached || (repeat == Repeat.SAFE && failedAnswer)) {
      return new Repeatable(provider);
    }
    return provider;
  }

  /** Failures that say something about the provider's health, not about the request. */
  static boolean isProviderFailure(Throwable failure) {
    if (failure instanceof Repeatable repeatable) {
      return isProviderFailure(repeatable.failure);
    }
    if (failure instanceof TimeoutException) {
      return true;
    }
    if (failure instanceof ProviderException provider) {
      return switch (provider.code()) {
        case PROVIDER_UNAVAILABLE, PROVIDER_TIMEOUT -> true;
        // A 5xx, a broken exchange or an unreadable 2xx; never a refusal of the request.
        case PROVIDER_ERROR ->
            provider.providerStatus().map(status -> status < 400 || status >= 500).orElse(true);
        default -> false;
      };
    }
    return false;
  }

  /** Carries a failure the retry may repeat; unwrapped before anyone else sees it. */
  private static final class Repeatable extends RuntimeException {
    final ProviderException failure;

    Repeatable(ProviderException failure) {
      super(null, null, false, false);
      this.failure = failure;
    }
  }
}
