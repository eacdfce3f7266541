package com.wagateway.bootstrap.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.application.outbound.Attempt;
import com.wagateway.application.outbound.ClaimedDelivery;
import com.wagateway.application.outbound.NewDelivery;
import com.wagateway.application.outbound.SigningSecret;
import com.wagateway.application.outbound.Subscription;
import com.wagateway.application.port.DeliveryOutbox;
import com.wagateway.application.port.SubscriptionStore;
import com.wagateway.domain.event.EventType;
import com.wagateway.domain.model.TenantId;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SubscriptionStore} must do; run against H2 and PostgreSQL. */
abstract class SubscriptionStoreContract {
  private static final TenantId ACME = new TenantId("acme");
  private static final TenantId SHOP = new TenantId("shop");
  private static final Instant NOON = Instant.parse("2026-01-02T12:00:00Z");

  @Inject SubscriptionStore store;
  @Inject DeliveryOutbox outbox;
  @Inject ActiveDatabase database;

  @BeforeEach
  void emptyStore() {
    Tables.clear(database);
  }

  private static Subscription subscription(String id, TenantId tenant, Instant createdAt) {
    return new Subscription(
        id,
        tenant,
        URI.create("https://hooks.example.com/" + id + "?team=7"),
        Set.of(EventType.MESSAGE_RECEIVED, EventType.MESSAGE_STATUS),
        SigningSecret.generate(),
        createdAt);
  }

  private static void assertStoredAs(Subscription actual, Subscription expected) {
    assertThat(actual).usingRecursiveComparison().ignoringFields("secret").isEqualTo(expected);
    assertThat(actual.secret().reveal()).isEqualTo(expected.secret().reveal());
  }

  @Test
  void findsACreatedSubscriptionWithAllItsFields() {
    Subscription created = subscription("sub-1", ACME, NOON);

    store.create(created);

    assertStoredAs(store.find(ACME, "sub-1").orElseThrow(), created);
  }

  @Test
  void keepsEveryEventTypeOfTheSubscription() {
    Subscription all =
        new Subscription(
            "sub-1",
            ACME,
            URI.create("https://hooks.example.com/all"),
            Set.of(EventType.values()),
            SigningSecret.generate(),
            NOON);

    store.create(all);

    assertThat(store.find(ACME, "sub-1").orElseThrow().events())
        .containsExactlyInAnyOrder(EventType.values());
  }

  @Test
  void listsTheTenantsSubscriptionsOldestFirst() {
    Subscription newer = subscription("sub-a", ACME, NOON.plusSeconds(60));
    Subscription older = subscription("sub-b", ACME, NOON);
    store.create(newer);
    store.create(older);
    store.create(subscription("sub-c", SHOP, NOON.minusSeconds(60)));

    var listed = store.list(ACME);

    assertThat(listed).extracting(Subscription::id).containsExactly("sub-b", "sub-a");
    assertStoredAs(listed.get(0), older);
    assertStoredAs(listed.get(1), newer);
    assertThat(store.list(SHOP)).extracting(Subscription::id).containsExactly("sub-c");
    assertThat(store.list(new TenantId("nobody"))).isEmpty();
  }

  @Test
  void doesNotFindAnotherTenantsSubscription() {
    store.create(subscription("sub-1", ACME, NOON));

    assertThat(store.find(SHOP, "sub-1")).isEmpty();
    assertThat(store.find(ACME, "unknown")).isEmpty();
  }

  @Test
  void deletesASubscriptionOnce() {
    store.create(subscription("sub-1", ACME, NOON));

    assertThat(store.delete(ACME, "sub-1")).isTrue();
    assertThat(store.delete(ACME, "sub-1")).isFalse();
    assertThat(store.find(ACME, "sub-1")).isEmpty();
    assertThat(store.list(ACME)).isEmpty();
  }

  @Test
  void anotherTenantCannotDeleteTheSubscription() {
    store.create(subscription("sub-1", ACME, NOON));

    assertThat(store.delete(SHOP, "sub-1")).isFalse();

    assertThat(store.find(ACME, "sub-1")).isPresent();
  }

  @Test
  void signingSecretRoundTripsButIsNotStoredInClearText() {
    Subscription created = subscription("sub-1", ACME, NOON);
    String secret = created.secret().reveal();

    store.create(created);

    assertThat(store.find(ACME, "sub-1").orElseThrow().secret().reveal()).isEqualTo(secret);
    String stored = Tables.storedSigningSecret(database, "sub-1");
    assertThat(stored)
        .isNotBlank()
        .doesNotContain(secret)
        .doesNotContain(secret.substring(SigningSecret.PREFIX.length()))
        .doesNotContain(SigningSecret.PREFIX);
  }

  @Test
  void deletingASubscriptionRemovesItsDeliveriesAndTheirAttempts() {
    store.create(subscription("sub-1", ACME, NOON));
    store.create(subscription("sub-2", ACME, NOON));
    outbox.enqueue(delivery("d-1", "sub-1"));
    outbox.enqueue(delivery("d-2", "sub-2"));
    ClaimedDelivery claimed =
        outbox.claimDue(NOON, Duration.ofMinutes(1), 10).stream()
            .filter(c -> c.id().equals("d-1"))
            .findFirst()
            .orElseThrow();
    outbox.recordFailure(claimed, new Attempt(1, NOON, 500, null, 12), NOON.plusSeconds(10));

    assertThat(store.delete(ACME, "sub-1")).isTrue();

    assertThat(outbox.find(ACME, "d-1")).isEmpty();
    assertThat(Tables.count(database, "webhook_attempts")).isZero();
    assertThat(outbox.find(ACME, "d-2")).isPresent();
  }

  private static NewDelivery delivery(String id, String subscriptionId) {
    return new NewDelivery(
        id,
        "evt-" + id,
        ACME,
        subscriptionId,
        EventType.MESSAGE_RECEIVED,
        "{\"type\":\"message.received\"}",
        NOON);
  }
}
