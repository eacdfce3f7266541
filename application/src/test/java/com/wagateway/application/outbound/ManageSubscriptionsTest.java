package com.wagateway.application.outbound;

import static com.wagateway.application.fake.Tenants.ACME_ID;
import static com.wagateway.application.fake.Tenants.GLOBEX_ID;
import static com.wagateway.application.fake.Tenants.UNKNOWN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.application.fake.InMemoryDeliveryOutbox;
import com.wagateway.application.fake.InMemorySubscriptionStore;
import com.wagateway.application.fake.InMemoryTenantDirectory;
import com.wagateway.application.fake.SequentialIds;
import com.wagateway.application.fake.Tenants;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.error.ResourceNotFoundException;
import com.wagateway.domain.error.TenantNotFoundException;
import com.wagateway.domain.event.EventType;
import com.wagateway.domain.model.TenantId;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManageSubscriptionsTest {
  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final String URL = "https://hooks.acme.example/wa";
  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  private static final List<String> STATUS = List.of("message.status");

  private final InMemorySubscriptionStore store = new InMemorySubscriptionStore();
  private final InMemoryDeliveryOutbox outbox = new InMemoryDeliveryOutbox(store);
  private final ManageSubscriptions subscriptions =
      new ManageSubscriptions(
          new TenantResolver(new InMemoryTenantDirectory(Tenants.ACME, Tenants.GLOBEX)),
          store,
          outbox,
          Clock.fixed(NOW, ZoneOffset.UTC),
          new SequentialIds());

  private void queueDelivery(String id, TenantId tenant, String subscriptionId) {
    outbox.enqueue(
        new NewDelivery(
            id, "msg_" + id, tenant, subscriptionId, EventType.MESSAGE_STATUS, "{}", NOW));
  }

  /** The one delivery due at {@code now}, claimed as the worker would. */
  private ClaimedDelivery claim(Instant now) {
    return outbox.claimDue(now, Duration.ZERO, 1).get(0);
  }

  private static Attempt failed(int number) {
    return new Attempt(number, NOW, 500, "HTTP 500", 3);
  }

  @Test
  void subscribesWithAGeneratedSecret() {
    Subscription subscription =
        subscriptions.subscribe(ACME_ID, URL, List.of("message.received", "message.status"), null);

    assertThat(subscription.id()).isEqualTo("sub_1");
    assertThat(subscription.tenantId()).isEqualTo(ACME_ID);
    assertThat(subscription.url()).isEqualTo(URI.create(URL));
    assertThat(subscription.events())
        .containsExactlyInAnyOrder(EventType.MESSAGE_RECEIVED, EventType.MESSAGE_STATUS);
    assertThat(subscription.createdAt()).isEqualTo(NOW);
    assertThat(subscription.secret().reveal()).startsWith("whsec_");
    assertThat(SigningSecret.parse(subscription.secret().reveal(), "secret").key()).hasSize(32);
    assertThat(subscriptions.list(ACME_ID)).containsExactly(subscription);
  }

  @Test
  void subscribesWithTheSecretItIsGiven() {
    Subscription subscription = subscriptions.subscribe(ACME_ID, URL, STATUS, SECRET);

    assertThat(subscription.secret().reveal()).isEqualTo(SECRET);
    assertThat(subscriptions.get(ACME_ID, subscription.id()).secret().reveal()).isEqualTo(SECRET);
  }

  @Test
  void refusesAGivenSecretThatIsNotAWhsecSecret() {
    assertThatThrownBy(() -> subscriptions.subscribe(ACME_ID, URL, STATUS, "hunter2"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("secret"));
    assertThat(subscriptions.list(ACME_ID)).isEmpty();
  }

  @Test
  void refusesABadUrl() {
    assertThatThrownBy(() -> subscriptions.subscribe(ACME_ID, "ftp://x.example", STATUS, null))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("url"));
  }

  @Test
  void refusesAnUnknownEventTypeListingTheKnownOnes() {
    assertThatThrownBy(
            () ->
                subscriptions.subscribe(
                    ACME_ID, URL, List.of("message.status", "message.removed"), null))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.field()).isEqualTo("events");
              assertThat(e.reason())
                  .contains("message.removed")
                  .contains(
                      "message.received",
                      "message.status",
                      "message.reaction",
                      "message.edited",
                      "message.deleted",
                      "poll.vote",
                      "instance.status",
                      "*");
            });
    assertThat(subscriptions.list(ACME_ID)).isEmpty();
  }

  @Test
  void subscribesToEveryEventTypeWithAStar() {
    Subscription everything = subscriptions.subscribe(ACME_ID, URL, List.of("*"), null);

    assertThat(everything.events()).containsExactlyInAnyOrder(EventType.values());
    assertThat(subscriptions.subscribe(ACME_ID, URL, List.of("poll.vote", "*"), null).events())
        .containsExactlyInAnyOrder(EventType.values());
  }

  @Test
  void subscribesToTheNewActionTypesByName() {
    Subscription actions =
        subscriptions.subscribe(
            ACME_ID,
            URL,
            List.of("message.reaction", "message.edited", "message.deleted", "poll.vote"),
            null);

    assertThat(actions.wants(EventType.MESSAGE_REACTION)).isTrue();
    assertThat(actions.wants(EventType.POLL_VOTE)).isTrue();
    assertThat(actions.wants(EventType.MESSAGE_RECEIVED)).isFalse();
  }

  @Test
  void refusesAnEmptyOrMissingListOfEvents() {
    assertThatThrownBy(() -> subscriptions.subscribe(ACME_ID, URL, List.of(), null))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("events"));
    assertThatThrownBy(() -> subscriptions.subscribe(ACME_ID, URL, null, null))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("events"));
  }

  @Test
  void refusesTheTwentyFirstSubscriptionOfATenant() {
    for (int i = 0; i < ManageSubscriptions.MAX_SUBSCRIPTIONS; i++) {
      subscriptions.subscribe(ACME_ID, URL + "/" + i, STATUS, null);
    }

    assertThatThrownBy(() -> subscriptions.subscribe(ACME_ID, URL + "/20", STATUS, null))
        .isInstanceOf(InvalidValueException.class);
    assertThat(subscriptions.list(ACME_ID)).hasSize(20);
    assertThat(subscriptions.subscribe(GLOBEX_ID, URL, STATUS, null)).isNotNull();
  }

  @Test
  void getsAndUnsubscribesItsOwnSubscription() {
    Subscription subscription = subscriptions.subscribe(ACME_ID, URL, STATUS, null);

    assertThat(subscriptions.get(ACME_ID, subscription.id())).isEqualTo(subscription);

    subscriptions.unsubscribe(ACME_ID, subscription.id());

    assertThat(subscriptions.list(ACME_ID)).isEmpty();
    assertThatThrownBy(() -> subscriptions.get(ACME_ID, subscription.id()))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void anotherTenantsSubscriptionIsNotFound() {
    Subscription globex = subscriptions.subscribe(GLOBEX_ID, URL, STATUS, null);

    assertThatThrownBy(() -> subscriptions.get(ACME_ID, globex.id()))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> subscriptions.unsubscribe(ACME_ID, globex.id()))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThat(subscriptions.list(GLOBEX_ID)).containsExactly(globex);
  }

  @Test
  void unsubscribingAnUnknownSubscriptionIsNotFound() {
    assertThatThrownBy(() -> subscriptions.unsubscribe(ACME_ID, "sub_404"))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void refusesAnUnknownTenantEverywhere() {
    assertThatThrownBy(() -> subscriptions.subscribe(UNKNOWN_ID, URL, STATUS, null))
        .isInstanceOf(TenantNotFoundException.class);
    assertThatThrownBy(() -> subscriptions.list(UNKNOWN_ID))
        .isInstanceOf(TenantNotFoundException.class);
    assertThatThrownBy(() -> subscriptions.get(UNKNOWN_ID, "sub_1"))
        .isInstanceOf(TenantNotFoundException.class);
    assertThatThrownBy(() -> subscriptions.unsubscribe(UNKNOWN_ID, "sub_1"))
        .isInstanceOf(TenantNotFoundException.class);
    assertThatThrownBy(
            () -> subscriptions.deliveries(UNKNOWN_ID, new DeliveryQuery(null, null), null, 10))
        .isInstanceOf(TenantNotFoundException.class);
    assertThatThrownBy(() -> subscriptions.replay(UNKNOWN_ID, "dlv_1"))
        .isInstanceOf(TenantNotFoundException.class);
  }

  @Test
  void listsDeliveriesWithALimitFromOneTo200() {
    Subscription subscription = subscriptions.subscribe(ACME_ID, URL, STATUS, null);
    queueDelivery("dlv_1", ACME_ID, subscription.id());
    queueDelivery("dlv_2", ACME_ID, subscription.id());
    DeliveryQuery any = new DeliveryQuery(null, null);

    assertThat(subscriptions.deliveries(ACME_ID, any, null, 1).items())
        .extracting(Delivery::id)
        .containsExactly("dlv_2");
    assertThat(subscriptions.deliveries(ACME_ID, any, null, 200).items()).hasSize(2);
    assertThatThrownBy(() -> subscriptions.deliveries(ACME_ID, any, null, 0))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("limit"));
    assertThatThrownBy(() -> subscriptions.deliveries(ACME_ID, any, null, 201))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("limit"));
  }

  @Test
  void replayingADeadDeliveryMakesItPendingWithNoAttemptsAndTheSameWebhookId() {
    Subscription subscription = subscriptions.subscribe(ACME_ID, URL, STATUS, null);
    queueDelivery("dlv_1", ACME_ID, subscription.id());
    outbox.recordFailure(claim(NOW), failed(1), NOW.plusSeconds(10));
    outbox.recordFailure(claim(NOW.plusSeconds(10)), failed(2), null);
    assertThat(subscriptions.delivery(ACME_ID, "dlv_1").state()).isEqualTo(DeliveryState.DEAD);

    Delivery replayed = subscriptions.replay(ACME_ID, "dlv_1");

    assertThat(replayed.state()).isEqualTo(DeliveryState.PENDING);
    assertThat(replayed.attempts()).isZero();
    assertThat(replayed.nextAttemptAt()).isEqualTo(NOW);
    assertThat(replayed.webhookId()).isEqualTo("msg_dlv_1");
    assertThat(replayed.history()).hasSize(2);
  }

  @Test
  void replayingAnUnknownOrAnotherTenantsDeliveryIsNotFound() {
    Subscription globex = subscriptions.subscribe(GLOBEX_ID, URL, STATUS, null);
    queueDelivery("dlv_globex", GLOBEX_ID, globex.id());

    assertThatThrownBy(() -> subscriptions.replay(ACME_ID, "dlv_404"))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> subscriptions.replay(ACME_ID, "dlv_globex"))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> subscriptions.delivery(ACME_ID, "dlv_globex"))
        .isInstanceOf(ResourceNotFoundException.class);
  }
}
