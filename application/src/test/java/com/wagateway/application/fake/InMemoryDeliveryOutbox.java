package com.wagateway.application.fake;

import com.wagateway.application.outbound.Attempt;
import com.wagateway.application.outbound.ClaimedDelivery;
import com.wagateway.application.outbound.Delivery;
import com.wagateway.application.outbound.DeliveryQuery;
import com.wagateway.application.outbound.DeliveryState;
import com.wagateway.application.outbound.NewDelivery;
import com.wagateway.application.outbound.Subscription;
import com.wagateway.application.paging.Cursors;
import com.wagateway.application.paging.Page;
import com.wagateway.application.port.DeliveryOutbox;
import com.wagateway.domain.model.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox in memory, with the port's rules: a claim leases due pending deliveries for a while by
 * the outbox's own clock (a leased one is not claimed again before then; tests move that clock with
 * {@link #passTime}) under a new fencing token, an outcome is recorded only under the token it was
 * claimed with (once: recording uses the token up), a failure waits for its next attempt or is
 * dead, a replay makes a delivery due with a fresh budget and a new token but keeps its lease, and
 * {@link #find} shows the whole history. Subscription URL and secret are joined from the {@link
 * InMemorySubscriptionStore}, and deleting a subscription drops its deliveries not yet made.
 */
public final class InMemoryDeliveryOutbox implements DeliveryOutbox {
  private final InMemorySubscriptionStore subscriptions;
  private final Map<String, Row> rows = new LinkedHashMap<>();
  private long sequence;
  private Instant databaseNow = Instant.EPOCH;

  /**
   * One stored delivery; {@code claim} is its fencing token, {@code order} keeps insertion order
   * for "newest first".
   */
  private record Row(Delivery delivery, Instant leasedUntil, long claim, long order) {
    Row with(Delivery changed, Instant lease, long token) {
      return new Row(changed, lease, token, order);
    }
  }

  public InMemoryDeliveryOutbox(InMemorySubscriptionStore subscriptions) {
    this.subscriptions = subscriptions;
    subscriptions.onDelete(this::dropPendingOf);
  }

  @Override
  public synchronized void enqueue(NewDelivery d) {
    Delivery delivery =
        new Delivery(
            d.id(),
            d.webhookId(),
            d.tenantId(),
            d.subscriptionId(),
            d.eventType(),
            DeliveryState.PENDING,
            0,
            d.createdAt(),
            d.createdAt(),
            null,
            d.payload(),
            List.of());
    if (rows.putIfAbsent(d.id(), new Row(delivery, null, 0, sequence++)) != null) {
      throw new IllegalStateException("duplicate delivery id " + d.id());
    }
  }

  /** Moves the outbox's own clock, the one leases run on, forward. */
  public synchronized void passTime(Duration elapsed) {
    databaseNow = databaseNow.plus(elapsed);
  }

  @Override
  public synchronized List<ClaimedDelivery> claimDue(Instant now, Duration lease, int max) {
    List<Row> due =
        rows.values().stream()
            .filter(r -> r.delivery().state() == DeliveryState.PENDING)
            .filter(r -> !r.delivery().nextAttemptAt().isAfter(now))
            .filter(r -> r.leasedUntil() == null || !r.leasedUntil().isAfter(databaseNow))
            .sorted(
                Comparator.comparing((Row r) -> r.delivery().nextAttemptAt())
                    .thenComparingLong(Row::order))
            .limit(max)
            .toList();
    List<ClaimedDelivery> claimed = new ArrayList<>();
    for (Row row : due) {
      Delivery d = row.delivery();
      Subscription subscription = subscriptions.byId(d.subscriptionId()).orElseThrow();
      rows.put(d.id(), row.with(d, databaseNow.plus(lease), row.claim() + 1));
      claimed.add(
          new ClaimedDelivery(
              d.id(),
              row.claim() + 1,
              d.webhookId(),
              subscription.url(),
              subscription.secret(),
              d.payload(),
              d.attempts()));
    }
    return claimed;
  }

  @Override
  public synchronized boolean recordSuccess(ClaimedDelivery claimed, Attempt attempt) {
    return record(claimed, DeliveryState.DELIVERED, attempt, null);
  }

  @Override
  public synchronized boolean recordFailure(
      ClaimedDelivery claimed, Attempt attempt, Instant nextAttemptAt) {
    DeliveryState state = nextAttemptAt == null ? DeliveryState.DEAD : DeliveryState.PENDING;
    return record(claimed, state, attempt, nextAttemptAt);
  }

  private boolean record(
      ClaimedDelivery claimed, DeliveryState state, Attempt attempt, Instant nextAttemptAt) {
    Row row = rows.get(claimed.id());
    if (row == null || row.claim() != claimed.claim()) {
      return false;
    }
    Delivery changed = change(row.delivery(), state, attempt, nextAttemptAt);
    rows.put(claimed.id(), row.with(changed, null, row.claim() + 1));
    return true;
  }

  private static Delivery change(
      Delivery d, DeliveryState state, Attempt attempt, Instant nextAttemptAt) {
    List<Attempt> history = new ArrayList<>(d.history());
    history.add(attempt);
    return new Delivery(
        d.id(),
        d.webhookId(),
        d.tenantId(),
        d.subscriptionId(),
        d.eventType(),
        state,
        d.attempts() + 1,
        d.createdAt(),
        nextAttemptAt,
        state == DeliveryState.DELIVERED ? attempt.at() : null,
        d.payload(),
        history);
  }

  @Override
  public synchronized Optional<Delivery> find(TenantId tenant, String id) {
    return Optional.ofNullable(rows.get(id))
        .map(Row::delivery)
        .filter(d -> d.tenantId().equals(tenant));
  }

  @Override
  public synchronized Page<Delivery> list(
      TenantId tenant, DeliveryQuery query, String cursor, int limit) {
    String after = Cursors.decode(cursor);
    long before = after == null ? Long.MAX_VALUE : require(after).order();
    List<Row> matching =
        rows.values().stream()
            .filter(r -> r.delivery().tenantId().equals(tenant))
            .filter(r -> query.state() == null || r.delivery().state() == query.state())
            .filter(
                r ->
                    query.subscriptionId() == null
                        || r.delivery().subscriptionId().equals(query.subscriptionId()))
            .filter(r -> r.order() < before)
            .sorted(Comparator.comparingLong(Row::order).reversed())
            .toList();
    List<Delivery> page =
        matching.stream().limit(limit).map(r -> withoutHistory(r.delivery())).toList();
    String next = matching.size() > limit ? Cursors.encode(page.get(page.size() - 1).id()) : null;
    return new Page<>(page, next);
  }

  private static Delivery withoutHistory(Delivery d) {
    return new Delivery(
        d.id(),
        d.webhookId(),
        d.tenantId(),
        d.subscriptionId(),
        d.eventType(),
        d.state(),
        d.attempts(),
        d.createdAt(),
        d.nextAttemptAt(),
        d.deliveredAt(),
        d.payload(),
        List.of());
  }

  @Override
  public synchronized boolean replay(TenantId tenant, String id, Instant now) {
    Optional<Delivery> found = find(tenant, id);
    if (found.isEmpty()) {
      return false;
    }
    Delivery d = found.get();
    Row row = rows.get(id);
    rows.put(
        id,
        row.with(
            new Delivery(
                d.id(),
                d.webhookId(),
                d.tenantId(),
                d.subscriptionId(),
                d.eventType(),
                DeliveryState.PENDING,
                0,
                d.createdAt(),
                now,
                null,
                d.payload(),
                d.history()),
            row.leasedUntil(),
            row.claim() + 1));
    return true;
  }

  /** Every delivery of every tenant, oldest first, with history. */
  public synchronized List<Delivery> all() {
    return rows.values().stream().map(Row::delivery).toList();
  }

  private synchronized void dropPendingOf(String subscriptionId) {
    rows.values()
        .removeIf(
            r ->
                r.delivery().subscriptionId().equals(subscriptionId)
                    && r.delivery().state() == DeliveryState.PENDING);
  }

  private Row require(String id) {
    Row row = rows.get(id);
    if (row == null) {
      throw new IllegalStateException("unknown delivery " + id);
    }
    return row;
  }
}
