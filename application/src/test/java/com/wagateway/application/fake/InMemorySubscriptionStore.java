package com.wagateway.application.fake;

import com.wagateway.application.outbound.Subscription;
import com.wagateway.application.port.SubscriptionStore;
import com.wagateway.domain.model.TenantId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Subscriptions in memory, oldest first. An outbox built on this store hears of each deletion, so
 * the deliveries not yet made go with the subscription, as the port asks.
 */
public final class InMemorySubscriptionStore implements SubscriptionStore {
  private final Map<String, Subscription> subscriptions = new LinkedHashMap<>();
  private final List<Consumer<String>> deletionListeners = new ArrayList<>();

  /** {@code listener} gets the id of every subscription deleted from now on. */
  void onDelete(Consumer<String> listener) {
    deletionListeners.add(listener);
  }

  @Override
  public synchronized void create(Subscription subscription) {
    if (subscriptions.putIfAbsent(subscription.id(), subscription) != null) {
      throw new IllegalStateException("duplicate subscription id " + subscription.id());
    }
  }

  @Override
  public synchronized List<Subscription> list(TenantId tenant) {
    return subscriptions.values().stream().filter(s -> s.tenantId().equals(tenant)).toList();
  }

  @Override
  public synchronized Optional<Subscription> find(TenantId tenant, String id) {
    return Optional.ofNullable(subscriptions.get(id)).filter(s -> s.tenantId().equals(tenant));
  }

  @Override
  public synchronized boolean delete(TenantId tenant, String id) {
    if (find(tenant, id).isEmpty()) {
      return false;
    }
    subscriptions.remove(id);
    deletionListeners.forEach(listener -> listener.accept(id));
    return true;
  }

  /** Any tenant's subscription, for the outbox's join. */
  synchronized Optional<Subscription> byId(String id) {
    return Optional.ofNullable(subscriptions.get(id));
  }
}
