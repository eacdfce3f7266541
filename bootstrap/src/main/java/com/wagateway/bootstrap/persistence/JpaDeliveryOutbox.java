package com.wagateway.bootstrap.persistence;

import com.wagateway.application.outbound.Attempt;
import com.wagateway.application.outbound.ClaimedDelivery;
import com.wagateway.application.outbound.Delivery;
import com.wagateway.application.outbound.DeliveryQuery;
import com.wagateway.application.outbound.DeliveryState;
import com.wagateway.application.outbound.NewDelivery;
import com.wagateway.application.paging.Page;
import com.wagateway.application.port.DeliveryOutbox;
import com.wagateway.domain.event.EventType;
import com.wagateway.domain.model.TenantId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox in the active database. A claim reads due rows with {@code FOR UPDATE SKIP LOCKED}, so
 * concurrent workers, even in several gateway processes, each take different rows instead of
 * queueing behind the oldest ones, then takes each with a conditional UPDATE on the fencing token
 * it read: a row is claimed only if no one claimed or replayed it since, whatever the database's
 * locking does (H2 2.4 and PostgreSQL both accept the clause, and the same SQL runs on both).
 * Leases are set and checked by the database's {@code CURRENT_TIMESTAMP} (timestamps with time
 * zone, so the session's zone does not matter), never by a gateway's clock.
 */
@ApplicationScoped
public class JpaDeliveryOutbox implements DeliveryOutbox {
  private static final int MAX_ERROR = 512;

  /** A row a claim may take at {@code :now}: pending, due, and not leased by the database clock. */
  private static final String CLAIMABLE =
      " state = 'PENDING' AND next_attempt_at <= :now"
          + " AND (lease_until IS NULL OR lease_until <= CURRENT_TIMESTAMP)";

  private static final String DUE =
      "SELECT id, claim_version FROM webhook_deliveries WHERE"
          + CLAIMABLE
          + " ORDER BY next_attempt_at, id LIMIT :max FOR UPDATE SKIP LOCKED";

  /** Takes a row still at the token it was read with: a new token, leased from the DB's now. */
  private static final String CLAIM =
      "UPDATE webhook_deliveries SET claim_version = claim_version + 1,"
          + " lease_until = CURRENT_TIMESTAMP + CAST(:leaseMillis AS BIGINT) * INTERVAL '0.001' SECOND"
          + " WHERE id = :id AND claim_version = :seen AND"
          + CLAIMABLE;

  private final ActiveDatabase database;
  private final JpaSubscriptionStore subscriptions;

  JpaDeliveryOutbox(ActiveDatabase database, JpaSubscriptionStore subscriptions) {
    this.database = database;
    this.subscriptions = subscriptions;
  }

  @Override
  public void enqueue(NewDelivery delivery) {
    QuarkusTransaction.joiningExisting()
        .run(
            () -> {
              DeliveryEntity row = new DeliveryEntity();
              row.id = delivery.id();
              row.webhookId = delivery.webhookId();
              row.tenantId = delivery.tenantId().value();
              row.subscriptionId = delivery.subscriptionId();
              row.eventType = delivery.eventType().key();
              row.payload = delivery.payload();
              row.state = DeliveryState.PENDING.name();
              row.attempts = 0;
              row.nextAttemptAt = delivery.createdAt();
              row.createdAt = delivery.createdAt();
              em().persist(row);
            });
  }

  @Override
  public List<ClaimedDelivery> claimDue(Instant now, Duration lease, int max) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              @SuppressWarnings("unchecked")
              List<Object[]> due =
                  em().createNativeQuery(DUE)
                      .setParameter("now", now)
                      .setParameter("max", max)
                      .getResultList();
              List<ClaimedDelivery> claimed = new ArrayList<>();
              for (Object[] candidate : due) {
                String id = (String) candidate[0];
                long seen = ((Number) candidate[1]).longValue();
                int won =
                    em().createNativeQuery(CLAIM)
                        .setParameter("id", id)
                        .setParameter("seen", seen)
                        .setParameter("now", now)
                        .setParameter("leaseMillis", lease.toMillis())
                        .executeUpdate();
                if (won == 1) {
                  claimed.add(claimed(em().find(DeliveryEntity.class, id), seen + 1));
                }
              }
              return claimed;
            });
  }

  private ClaimedDelivery claimed(DeliveryEntity row, long claim) {
    SubscriptionEntity subscription = em().find(SubscriptionEntity.class, row.subscriptionId);
    return new ClaimedDelivery(
        row.id,
        claim,
        row.webhookId,
        URI.create(subscription.url),
        subscriptions.secretOf(subscription),
        row.payload,
        row.attempts);
  }

  @Override
  public boolean recordSuccess(ClaimedDelivery claimed, Attempt attempt) {
    return record(claimed, attempt, DeliveryState.DELIVERED, null, attempt.at());
  }

  @Override
  public boolean recordFailure(ClaimedDelivery claimed, Attempt attempt, Instant nextAttemptAt) {
    DeliveryState state = nextAttemptAt == null ? DeliveryState.DEAD : DeliveryState.PENDING;
    return record(claimed, attempt, state, nextAttemptAt, null);
  }

  /**
   * One conditional UPDATE under the claim's token, which it uses up (a claim records one outcome);
   * the attempt joins the history only when it applied, so the history lists the attempts that
   * decided the delivery's state and nothing a superseded worker did meanwhile.
   */
  private boolean record(
      ClaimedDelivery claimed,
      Attempt attempt,
      DeliveryState state,
      Instant nextAttemptAt,
      Instant deliveredAt) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              int applied =
                  em().createQuery(
                          "update DeliveryEntity d set d.state = :state, d.attempts = :attempts,"
                              + " d.nextAttemptAt = :next, d.deliveredAt = :delivered,"
                              + " d.leaseUntil = null, d.claim = d.claim + 1"
                              + " where d.id = :id and d.claim = :claim")
                      .setParameter("state", state.name())
                      .setParameter("attempts", attempt.number())
                      .setParameter("next", nextAttemptAt)
                      .setParameter("delivered", deliveredAt)
                      .setParameter("id", claimed.id())
                      .setParameter("claim", claimed.claim())
                      .executeUpdate();
              if (applied == 1) {
                em().persist(history(claimed.id(), attempt));
              }
              return applied == 1;
            });
  }

  private static AttemptEntity history(String deliveryId, Attempt attempt) {
    AttemptEntity entry = new AttemptEntity();
    entry.deliveryId = deliveryId;
    entry.number = attempt.number();
    entry.attemptedAt = attempt.at();
    entry.statusCode = attempt.statusCode();
    entry.error =
        attempt.error() == null || attempt.error().length() <= MAX_ERROR
            ? attempt.error()
            : attempt.error().substring(0, MAX_ERROR);
    entry.durationMs = attempt.durationMillis();
    return entry;
  }

  @Override
  public Optional<Delivery> find(TenantId tenant, String id) {
    return QuarkusTransaction.joiningExisting()
        .call(
            () ->
                Optional.ofNullable(em().find(DeliveryEntity.class, id))
                    .filter(row -> row.tenantId.equals(tenant.value()))
                    .map(row -> toDelivery(row, history(row.id))));
  }

  private List<Attempt> history(String deliveryId) {
    return em().createQuery(
            "from AttemptEntity where deliveryId = :id order by id", AttemptEntity.class)
        .setParameter("id", deliveryId)
        .getResultStream()
        .map(a -> new Attempt(a.number, a.attemptedAt, a.statusCode, a.error, a.durationMs))
        .toList();
  }

  @Override
  public Page<Delivery> list(TenantId tenant, DeliveryQuery query, String cursor, int limit) {
    KeysetPosition after = KeysetPosition.decode(cursor);
    return QuarkusTransaction.joiningExisting()
        .call(
            () -> {
              StringBuilder where = new StringBuilder("where d.tenantId = :tenant");
              Map<String, Object> parameters = new LinkedHashMap<>();
              parameters.put("tenant", tenant.value());
              if (query.state() != null) {
                where.append(" and d.state = :state");
                parameters.put("state", query.state().name());
              }
              if (query.subscriptionId() != null) {
                where.append(" and d.subscriptionId = :subscription");
                parameters.put("subscription", query.subscriptionId());
              }
              if (after != null) {
                where.append(
                    " and (d.createdAt < :afterAt or (d.createdAt = :afterAt and d.id < :afterId))");
                parameters.put("afterAt", after.createdAt());
                parameters.put("afterId", after.id());
              }
              TypedQuery<DeliveryEntity> select =
                  em().createQuery(
                          "from DeliveryEntity d "
                              + where
                              + " order by d.createdAt desc, d.id desc",
                          DeliveryEntity.class);
              parameters.forEach(select::setParameter);
              List<DeliveryEntity> rows = select.setMaxResults(limit + 1).getResultList();
              List<DeliveryEntity> items = rows.size() > limit ? rows.subList(0, limit) : rows;
              String next =
                  rows.size() > limit
                      ? new KeysetPosition(items.get(limit - 1).createdAt, items.get(limit - 1).id)
                          .encode()
                      : null;
              return new Page<>(
                  items.stream().map(row -> toDelivery(row, List.of())).toList(), next);
            });
  }

  /**
   * How many deliveries wait for an attempt, in every gateway process together: one count on the
   * {@code (state, next_attempt_at)} index, in a transaction of its own.
   */
  public long pendingCount() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                em().createQuery(
                        "select count(d) from DeliveryEntity d where d.state = :pending",
                        Long.class)
                    .setParameter("pending", DeliveryState.PENDING.name())
                    .getSingleResult());
  }

  @Override
  public boolean replay(TenantId tenant, String id, Instant now) {
    return QuarkusTransaction.joiningExisting()
        .call(
            () ->
                em().createQuery(
                            "update DeliveryEntity d set d.state = :pending, d.attempts = 0,"
                                + " d.nextAttemptAt = :now, d.deliveredAt = null,"
                                + " d.claim = d.claim + 1"
                                + " where d.id = :id and d.tenantId = :tenant")
                        .setParameter("pending", DeliveryState.PENDING.name())
                        .setParameter("now", now)
                        .setParameter("id", id)
                        .setParameter("tenant", tenant.value())
                        .executeUpdate()
                    == 1);
  }

  private static Delivery toDelivery(DeliveryEntity row, List<Attempt> history) {
    return new Delivery(
        row.id,
        row.webhookId,
        new TenantId(row.tenantId),
        row.subscriptionId,
        EventType.ofKey(row.eventType).orElseThrow(),
        DeliveryState.valueOf(row.state),
        row.attempts,
        row.createdAt,
        row.nextAttemptAt,
        row.deliveredAt,
        row.payload,
        history);
  }

  private EntityManager em() {
    return database.entityManager();
  }
}
