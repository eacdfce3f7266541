package com.wagateway.bootstrap.resilience;

import com.wagateway.bootstrap.TenantDeleted;
import com.wagateway.domain.error.GatewayException;
import com.wagateway.domain.message.MessageType;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Completions;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The gateway's own metrics, published at {@code /q/metrics}. */
@ApplicationScoped
public class GatewayMetrics {
  static final String OK = "ok";
  private static final String TENANT = "tenant";

  private final MeterRegistry registry;
  // Looked up once per tag combination: the hot path only increments.
  private final Map<List<String>, Counter> sends = new ConcurrentHashMap<>();
  private final Map<List<String>, Timer> calls = new ConcurrentHashMap<>();

  GatewayMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** The outcome tag of a failure: its problem code in lower case. */
  static String outcomeOf(Throwable failure) {
    return failure instanceof GatewayException known
        ? known.code().name().toLowerCase(Locale.ROOT)
        : "error";
  }

  /** One send that reached the provider step: by tenant, provider, message type and outcome. */
  void sent(TenantId tenant, ProviderId provider, MessageType type, String outcome) {
    sends
        .computeIfAbsent(
            List.of(tenant.value(), provider.key(), type.name(), outcome),
            key ->
                Counter.builder("gateway.messages.sent")
                    .description("Sends handed to a provider, by outcome (ok or the problem code)")
                    .tag(TENANT, tenant.value())
                    .tag("provider", provider.key())
                    .tag("type", type.name().toLowerCase(Locale.ROOT))
                    .tag("outcome", outcome)
                    .register(registry))
        .increment();
  }

  /** Times one provider call, with its outcome. */
  <T> T timeProviderCall(ProviderId provider, String operation, Supplier<T> call) {
    Timer.Sample sample = Timer.start(registry);
    String outcome = OK;
    try {
      return call.get();
    } catch (RuntimeException e) {
      outcome = outcomeOf(e);
      throw e;
    } finally {
      sample.stop(callTimer(provider, operation, outcome));
    }
  }

  /** As {@link #timeProviderCall} for a call that answers later: timed until {@code call} ends. */
  <T> CompletionStage<T> timeProviderCall(
      ProviderId provider, String operation, CompletionStage<T> call) {
    Timer.Sample sample = Timer.start(registry);
    return call.whenComplete(
        (answer, failure) ->
            sample.stop(
                callTimer(
                    provider,
                    operation,
                    failure == null ? OK : outcomeOf(Completions.cause(failure)))));
  }

  private Timer callTimer(ProviderId provider, String operation, String outcome) {
    return calls.computeIfAbsent(
        List.of(provider.key(), operation, outcome),
        key ->
            Timer.builder("gateway.provider.calls")
                .description("Provider HTTP calls (retries included), by outcome")
                .tag("provider", provider.key())
                .tag("operation", operation)
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .register(registry));
  }

  /** Publishes a circuit's state: 0 closed, 1 half-open, 2 open. */
  void circuit(TenantId tenant, ProviderId provider, Supplier<Integer> state) {
    Gauge.builder("gateway.provider.circuit.state", state, s -> s.get())
        .description("Circuit breaker per tenant and provider: 0 closed, 1 half-open, 2 open")
        .tag(TENANT, tenant.value())
        .tag("provider", provider.key())
        // Nothing else holds the supplier: a weakly held gauge would read NaN after a GC.
        .strongReference(true)
        .register(registry);
  }

  /**
   * A deleted tenant's meters leave the registry (and {@code /q/metrics}), and this class's map:
   * nothing of it is kept, however many tenants come and go.
   */
  void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) TenantDeleted deleted) {
    String tenant = deleted.tenant().value();
    sends.keySet().removeIf(key -> key.get(0).equals(tenant));
    registry.getMeters().stream()
        .filter(meter -> tenant.equals(meter.getId().getTag(TENANT)))
        .forEach(registry::remove);
  }

  /** The tenants some meter in the registry is tagged with. */
  Set<TenantId> tenantsWithMeters() {
    return registry.getMeters().stream()
        .map(meter -> meter.getId().getTag(TENANT))
        .filter(Objects::nonNull)
        .map(TenantId::new)
        .collect(Collectors.toSet());
  }

  /** Whether this class's map holds a counter of {@code tenant}'s. */
  boolean holdsCountersOf(TenantId tenant) {
    return sends.keySet().stream().anyMatch(key -> key.get(0).equals(tenant.value()));
  }

  void rateLimited(TenantId tenant) {
    Counter.builder("gateway.rate.limited")
        .description("Sends refused because the tenant exceeded its send rate")
        .tag(TENANT, tenant.value())
        .register(registry)
        .increment();
  }
}
