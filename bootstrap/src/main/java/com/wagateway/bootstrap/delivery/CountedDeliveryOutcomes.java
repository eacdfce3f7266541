package com.wagateway.bootstrap.delivery;

import com.wagateway.application.outbound.Attempt;
import com.wagateway.application.outbound.ClaimedDelivery;
import com.wagateway.application.port.DeliveryOutbox;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Counts every outcome the outbox records, whoever records it (the worker or a test driving it),
 * without the use case knowing about metrics; the outbox's other operations pass through.
 */
@Decorator
@Priority(10)
abstract class CountedDeliveryOutcomes implements DeliveryOutbox {
  private final DeliveryOutbox outbox;
  private final DeliveryMetrics metrics;

  @Inject
  CountedDeliveryOutcomes(@Delegate DeliveryOutbox outbox, DeliveryMetrics metrics) {
    this.outbox = outbox;
    this.metrics = metrics;
  }

  @Override
  public boolean recordSuccess(ClaimedDelivery claimed, Attempt attempt) {
    return metrics.counted(outbox.recordSuccess(claimed, attempt), DeliveryMetrics.DELIVERED);
  }

  @Override
  public boolean recordFailure(ClaimedDelivery claimed, Attempt attempt, Instant nextAttemptAt) {
    String outcome = nextAttemptAt == null ? DeliveryMetrics.DEAD : DeliveryMetrics.RETRYING;
    return metrics.counted(outbox.recordFailure(claimed, attempt, nextAttemptAt), outcome);
  }
}
