package com.wagateway.application.outbound;

import com.wagateway.application.port.DeliveryOutbox;
import com.wagateway.application.port.WebhookTransport;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * Use case run by the delivery worker: claim the due deliveries, post each one signed, and record
 * the outcome: delivered, retried later on the {@link RetrySchedule}, or dead. An outcome whose
 * claim was superseded meanwhile (see {@link DeliveryOutbox#replay}) is dropped, not recorded.
 */
public final class DeliverWebhooks {
  private static final System.Logger LOG = System.getLogger(DeliverWebhooks.class.getName());
  private final DeliveryOutbox outbox;
  private final WebhookTransport transport;
  private final RetrySchedule schedule;
  private final Duration lease;
  private final Clock clock;
  private final DoubleSupplier random;

  public DeliverWebhooks(
      DeliveryOutbox outbox,
      WebhookTransport transport,
      RetrySchedule schedule,
      Duration lease,
      Clock clock,
      DoubleSupplier random) {
    this.outbox = outbox;
    this.transport = transport;
    this.schedule = schedule;
    this.lease = lease;
    this.clock = clock;
    this.random = random;
  }

  /** Leases up to {@code max} deliveries due at {@code now}, for {@link #attempt}. */
  public List<ClaimedDelivery> claimDue(Instant now, int max) {
    return outbox.claimDue(now, lease, max);
  }

  /** Claims and attempts, one after the other, up to {@code max} deliveries due at {@code now}. */
  public int deliverDue(Instant now, int max) {
    List<ClaimedDelivery> due = claimDue(now, max);
    due.forEach(delivery -> attempt(delivery, now));
    return due.size();
  }

  /** One attempt; the next one, if any, is scheduled from {@code now}. */
  public Attempt attempt(ClaimedDelivery delivery, Instant now) {
    long timestamp = now.getEpochSecond();
    Map<String, String> headers =
        Map.of(
            WebhookSignature.ID_HEADER,
            delivery.webhookId(),
            WebhookSignature.TIMESTAMP_HEADER,
            Long.toString(timestamp),
            WebhookSignature.SIGNATURE_HEADER,
            WebhookSignature.sign(
                delivery.secret(), delivery.webhookId(), timestamp, delivery.payload()));
    long started = clock.millis();
    WebhookTransport.Answer answer = transport.post(delivery.url(), headers, delivery.payload());
    int number = delivery.attempts() + 1;
    Attempt attempt = Attempt.of(number, now, answer, Math.max(0, clock.millis() - started));
    if (!record(delivery, attempt, now)) {
      // Expected after a replay or a lease that ran out mid-post: the newer claim decides.
      LOG.log(
          Level.DEBUG,
          "Webhook delivery {0}: attempt {1} not recorded, its claim was superseded",
          delivery.id(),
          number);
    }
    return attempt;
  }

  private boolean record(ClaimedDelivery delivery, Attempt attempt, Instant now) {
    if (attempt.succeeded()) {
      return outbox.recordSuccess(delivery, attempt);
    }
    int number = attempt.number();
    Instant next =
        schedule.exhausted(number) ? null : now.plus(schedule.delayAfter(number, random));
    return outbox.recordFailure(delivery, attempt, next);
  }
}
