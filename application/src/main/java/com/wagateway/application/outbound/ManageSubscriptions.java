package com.wagateway.application.outbound;

import com.wagateway.application.paging.Page;
import com.wagateway.application.port.DeliveryOutbox;
import com.wagateway.application.port.SubscriptionStore;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.error.ResourceNotFoundException;
import com.wagateway.domain.event.EventType;
import com.wagateway.domain.model.TenantId;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Use cases: a tenant subscribes to events, looks at its deliveries and replays one (after fixing
 * its receiver, say).
 */
public final class ManageSubscriptions {
  public static final int MAX_SUBSCRIPTIONS = 20;
  public static final int MAX_PAGE = 200;

  private final TenantResolver tenants;
  private final SubscriptionStore subscriptions;
  private final DeliveryOutbox outbox;
  private final Clock clock;
  private final Supplier<String> ids;

  public ManageSubscriptions(
      TenantResolver tenants,
      SubscriptionStore subscriptions,
      DeliveryOutbox outbox,
      Clock clock,
      Supplier<String> ids) {
    this.tenants = tenants;
    this.subscriptions = subscriptions;
    this.outbox = outbox;
    this.clock = clock;
    this.ids = ids;
  }

  /**
   * Subscribes {@code url} to the named event types, signed with {@code secret} or, when null, a
   * generated one; the returned subscription is the only place the secret is shown.
   */
  public Subscription subscribe(
      TenantId tenant, String url, List<String> eventTypes, String secret) {
    tenants.require(tenant);
    Subscription subscription =
        new Subscription(
            "sub_" + ids.get(),
            tenant,
            SubscriptionUrl.parse(url),
            eventTypes(eventTypes),
            secret == null ? SigningSecret.generate() : SigningSecret.parse(secret, "secret"),
            clock.instant());
    if (subscriptions.list(tenant).size() >= MAX_SUBSCRIPTIONS) {
      throw new InvalidValueException(
          "subscription",
          "a tenant has at most " + MAX_SUBSCRIPTIONS + " subscriptions; delete one first");
    }
    subscriptions.create(subscription);
    return subscription;
  }

  /** Every type the gateway publishes, now and later: what {@code ["*"]} subscribes to. */
  public static final String ALL_EVENTS = "*";

  private static Set<EventType> eventTypes(List<String> names) {
    if (names == null || names.isEmpty()) {
      throw new InvalidValueException("events", "must name at least one event type");
    }
    Set<EventType> types = EnumSet.noneOf(EventType.class);
    for (String name : names) {
      if (ALL_EVENTS.equals(name)) {
        types.addAll(EnumSet.allOf(EventType.class));
        continue;
      }
      types.add(
          EventType.ofKey(name)
              .orElseThrow(
                  () ->
                      new InvalidValueException(
                          "events", "'" + name + "' is not one of " + knownTypes() + " or *")));
    }
    return types;
  }

  private static List<String> knownTypes() {
    return EnumSet.allOf(EventType.class).stream().map(EventType::key).toList();
  }

  public List<Subscription> list(TenantId tenant) {
    tenants.require(tenant);
    return subscriptions.list(tenant);
  }

  public Subscription get(TenantId tenant, String id) {
    tenants.require(tenant);
    return subscriptions
        .find(tenant, id)
        .orElseThrow(() -> new ResourceNotFoundException(tenant, "Subscription '" + id + "'"));
  }

  public void unsubscribe(TenantId tenant, String id) {
    tenants.require(tenant);
    if (!subscriptions.delete(tenant, id)) {
      throw new ResourceNotFoundException(tenant, "Subscription '" + id + "'");
    }
  }

  public Delivery delivery(TenantId tenant, String id) {
    tenants.require(tenant);
    return outbox
        .find(tenant, id)
        .orElseThrow(() -> new ResourceNotFoundException(tenant, "Delivery '" + id + "'"));
  }

  public Page<Delivery> deliveries(TenantId tenant, DeliveryQuery query, String cursor, int limit) {
    tenants.require(tenant);
    Page.requireLimit(limit, MAX_PAGE);
    return outbox.list(tenant, query, cursor, limit);
  }

  /** Queues the delivery again, due now, with a fresh budget of attempts and the same id. */
  public Delivery replay(TenantId tenant, String id) {
    tenants.require(tenant);
    if (!outbox.replay(tenant, id, clock.instant())) {
      throw new ResourceNotFoundException(tenant, "Delivery '" + id + "'");
    }
    return delivery(tenant, id);
  }
}
