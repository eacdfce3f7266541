package com.wagateway.application.outbound;

import static com.wagateway.application.fake.Tenants.ACME_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.application.fake.FakeWebhookTransport;
import com.wagateway.application.fake.FakeWebhookTransport.Post;
import com.wagateway.application.fake.InMemoryDeliveryOutbox;
import com.wagateway.application.fake.InMemorySubscriptionStore;
import com.wagateway.domain.event.EventType;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeliverWebhooksTest {
  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final URI URL = URI.create("https://hooks.acme.example/wa");
  private static final String PAYLOAD = "{\"type\":\"message.status\"}";
  private static final Duration LEASE = Duration.ofMinutes(1);

  // Random 0.5 puts the jitter factor at exactly 1: every delay is the nominal one.
  private final RetrySchedule schedule =
      new RetrySchedule(3, Duration.ofSeconds(10), Duration.ofMinutes(5), 0.2);
  private final SigningSecret secret = SigningSecret.generate();
  private final InMemorySubscriptionStore subscriptions = new InMemorySubscriptionStore();
  private final InMemoryDeliveryOutbox outbox = new InMemoryDeliveryOutbox(subscriptions);
  private final FakeWebhookTransport subscriber = new FakeWebhookTransport();
  private final DeliverWebhooks deliver =
      new DeliverWebhooks(
          outbox, subscriber, schedule, LEASE, Clock.fixed(NOW, ZoneOffset.UTC), () -> 0.5);

  DeliverWebhooksTest() {
    subscriptions.create(
        new Subscription(
            "sub_1", ACME_ID, URL, Set.of(EventType.MESSAGE_STATUS), secret, NOW.minusSeconds(60)));
    outbox.enqueue(
        new NewDelivery(
            "dlv_1", "msg_1", ACME_ID, "sub_1", EventType.MESSAGE_STATUS, PAYLOAD, NOW));
  }

  private Delivery delivery() {
    return outbox.find(ACME_ID, "dlv_1").orElseThrow();
  }

  @Test
  void postsThePayloadWithStandardWebhooksHeadersThatVerifyWithTheSubscriptionSecret() {
    deliver.deliverDue(NOW, 10);

    Post post = subscriber.posts().get(0);
    assertThat(post.url()).isEqualTo(URL);
    assertThat(post.body()).isEqualTo(PAYLOAD);
    assertThat(post.header("webhook-id")).isEqualTo("msg_1");
    assertThat(post.header("webhook-timestamp")).isEqualTo(Long.toString(NOW.getEpochSecond()));
    assertThat(post.header("webhook-signature")).startsWith("v1,");
    assertThat(
            WebhookSignature.verify(
                secret,
                post.header("webhook-id"),
                Long.parseLong(post.header("webhook-timestamp")),
                post.body(),
                post.header("webhook-signature")))
        .isTrue();
    assertThat(
            WebhookSignature.verify(
                SigningSecret.generate(),
                post.header("webhook-id"),
                NOW.getEpochSecond(),
                post.body(),
                post.header("webhook-signature")))
        .isFalse();
  }

  @Test
  void aTwoHundredAnswerMarksTheDeliveryDelivered() {
    subscriber.answering(204);

    int handled = deliver.deliverDue(NOW, 10);

    assertThat(handled).isEqualTo(1);
    Delivery delivery = delivery();
    assertThat(delivery.state()).isEqualTo(DeliveryState.DELIVERED);
    assertThat(delivery.deliveredAt()).isEqualTo(NOW);
    assertThat(delivery.attempts()).isEqualTo(1);
    assertThat(delivery.history())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.number()).isEqualTo(1);
              assertThat(a.statusCode()).isEqualTo(204);
              assertThat(a.error()).isNull();
              assertThat(a.succeeded()).isTrue();
            });
  }

  @Test
  void aServerErrorLeavesItPendingUntilNowPlusTheScheduledDelay() {
    subscriber.answering(500);

    Attempt attempt = deliver.attempt(deliver.claimDue(NOW, 10).get(0), NOW);

    assertThat(attempt.statusCode()).isEqualTo(500);
    assertThat(attempt.error()).isEqualTo("HTTP 500");
    Delivery delivery = delivery();
    assertThat(delivery.state()).isEqualTo(DeliveryState.PENDING);
    assertThat(delivery.attempts()).isEqualTo(1);
    assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plus(schedule.delayAfter(1, () -> 0.5)));
    assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plusSeconds(10));
  }

  @Test
  void aTransportErrorLeavesItPendingWithTheErrorRecorded() {
    subscriber.failing("connection refused");

    deliver.deliverDue(NOW, 10);

    Delivery delivery = delivery();
    assertThat(delivery.state()).isEqualTo(DeliveryState.PENDING);
    assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plusSeconds(10));
    assertThat(delivery.history())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.statusCode()).isNull();
              assertThat(a.error()).isEqualTo("connection refused");
              assertThat(a.succeeded()).isFalse();
            });
  }

  @Test
  void theJitteredDelayFollowsTheRandomSupplier() {
    DeliverWebhooks early =
        new DeliverWebhooks(
            outbox, subscriber, schedule, LEASE, Clock.fixed(NOW, ZoneOffset.UTC), () -> 0.0);
    subscriber.answering(503);

    early.deliverDue(NOW, 10);

    assertThat(delivery().nextAttemptAt()).isEqualTo(NOW.plusSeconds(8));
  }

  @Test
  void isDeadAfterMaxAttemptsFailures() {
    subscriber.answering(500, 502).failing("timeout");

    deliver.deliverDue(NOW, 10);
    deliver.deliverDue(NOW.plusSeconds(10), 10);
    deliver.deliverDue(NOW.plusSeconds(30), 10);

    Delivery delivery = delivery();
    assertThat(delivery.state()).isEqualTo(DeliveryState.DEAD);
    assertThat(delivery.attempts()).isEqualTo(3);
    assertThat(delivery.nextAttemptAt()).isNull();
    assertThat(delivery.history()).extracting(Attempt::number).containsExactly(1, 2, 3);
    assertThat(deliver.deliverDue(NOW.plus(Duration.ofDays(1)), 10)).isZero();
    assertThat(subscriber.posts()).hasSize(3);
  }

  @Test
  void aSubscriberDownForTwoAttemptsReceivesTheEventOnceWithTheSameIdEveryTime() {
    subscriber.answering(500).failing("connection reset").answering(200);

    deliver.deliverDue(NOW, 10);
    deliver.deliverDue(NOW.plusSeconds(10), 10);
    deliver.deliverDue(NOW.plusSeconds(30), 10);
    deliver.deliverDue(NOW.plus(Duration.ofDays(1)), 10);

    assertThat(subscriber.posts()).hasSize(3);
    assertThat(subscriber.posts())
        .filteredOn(p -> p.answer().statusCode() != null && p.answer().statusCode() == 200)
        .hasSize(1);
    assertThat(subscriber.posts()).extracting(p -> p.header("webhook-id")).containsOnly("msg_1");
    assertThat(subscriber.posts())
        .extracting(p -> p.header("webhook-timestamp"))
        .containsExactly(
            Long.toString(NOW.getEpochSecond()),
            Long.toString(NOW.getEpochSecond() + 10),
            Long.toString(NOW.getEpochSecond() + 30));
    Delivery delivery = delivery();
    assertThat(delivery.state()).isEqualTo(DeliveryState.DELIVERED);
    assertThat(delivery.deliveredAt()).isEqualTo(NOW.plusSeconds(30));
    assertThat(delivery.history())
        .extracting(Attempt::succeeded)
        .containsExactly(false, false, true);
  }

  @Test
  void postsNothingWhenNothingIsDue() {
    subscriber.answering(200);
    deliver.deliverDue(NOW, 10);

    assertThat(deliver.deliverDue(NOW.plusSeconds(60), 10)).isZero();
    assertThat(subscriber.posts()).hasSize(1);
  }

  @Test
  void doesNotClaimADeliveryBeforeItsNextAttemptIsDue() {
    subscriber.answering(500);
    deliver.deliverDue(NOW, 10);

    assertThat(deliver.claimDue(NOW.plusSeconds(9), 10)).isEmpty();
    assertThat(deliver.claimDue(NOW.plusSeconds(10), 10))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.id()).isEqualTo("dlv_1");
              assertThat(c.webhookId()).isEqualTo("msg_1");
              assertThat(c.attempts()).isEqualTo(1);
            });
  }

  @Test
  void aClaimedDeliveryIsNotClaimedAgainUntilItsLeaseRunsOutByTheOutboxClock() {
    assertThat(deliver.claimDue(NOW, 10)).hasSize(1);

    assertThat(deliver.claimDue(NOW, 10)).isEmpty();
    assertThat(deliver.claimDue(NOW.plus(Duration.ofDays(1)), 10)).isEmpty();
    outbox.passTime(LEASE.minusSeconds(1));
    assertThat(deliver.claimDue(NOW, 10)).isEmpty();
    outbox.passTime(Duration.ofSeconds(1));
    assertThat(deliver.claimDue(NOW, 10)).hasSize(1);
  }

  @Test
  void theOutcomeOfAPostWhoseDeliveryWasReplayedMeanwhileIsNotRecorded() {
    ClaimedDelivery inFlight = deliver.claimDue(NOW, 10).get(0);
    outbox.replay(ACME_ID, "dlv_1", NOW.plusSeconds(5));
    subscriber.answering(200);

    deliver.attempt(inFlight, NOW.plusSeconds(6));

    assertThat(subscriber.posts()).hasSize(1);
    Delivery delivery = delivery();
    assertThat(delivery.state()).isEqualTo(DeliveryState.PENDING);
    assertThat(delivery.attempts()).isZero();
    assertThat(delivery.history()).isEmpty();
    assertThat(deliver.claimDue(NOW.plusSeconds(6), 10)).isEmpty();
    outbox.passTime(LEASE);
    assertThat(deliver.claimDue(NOW.plusSeconds(6), 10)).hasSize(1);
  }

  @Test
  void claimsNoMoreThanAskedOldestDueFirst() {
    outbox.enqueue(
        new NewDelivery(
            "dlv_2", "msg_2", ACME_ID, "sub_1", EventType.MESSAGE_STATUS, PAYLOAD, NOW));

    assertThat(deliver.claimDue(NOW, 1)).extracting(ClaimedDelivery::id).containsExactly("dlv_1");
    assertThat(deliver.claimDue(NOW, 1)).extracting(ClaimedDelivery::id).containsExactly("dlv_2");
  }

  @Test
  void aReplayedDeadDeliveryGetsAFreshBudgetOfAttempts() {
    subscriber.answering(500, 500, 500, 500);
    deliver.deliverDue(NOW, 10);
    deliver.deliverDue(NOW.plusSeconds(10), 10);
    deliver.deliverDue(NOW.plusSeconds(30), 10);
    Instant later = NOW.plus(Duration.ofHours(1));

    outbox.replay(ACME_ID, "dlv_1", later);
    deliver.deliverDue(later, 10);

    Delivery delivery = delivery();
    assertThat(delivery.state()).isEqualTo(DeliveryState.PENDING);
    assertThat(delivery.attempts()).isEqualTo(1);
    assertThat(delivery.nextAttemptAt()).isEqualTo(later.plusSeconds(10));
    assertThat(subscriber.posts()).extracting(p -> p.header("webhook-id")).containsOnly("msg_1");
  }
}
