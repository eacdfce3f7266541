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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox in the active database. Claiming is a conditional update per row (state, due time and
 * lease checked in the WHERE clause), so two workers, even in two gateway processes, never claim
 * the same delivery, on H2 as on PostgreSQL.
 */
@ApplicationScoped
public class JpaDeliveryOutbox implements DeliveryOutbox {
  private static final int MAX_ERROR = 512;

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
  public List<ClaimedDelivery> claimDue(Instant now, Instant leaseUntil, int max) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              List<DeliveryEntity> due =
                  em().createQuery(
                          "from DeliveryEntity d where d.state = :pending"
                              + " and d.nextAttemptAt <= :now"
                              + " and (d.leaseUntil is null or d.leaseUntil < :now)"
                              + " order by d.nextAttemptAt, d.id",
                          DeliveryEntity.class)
                      .setParameter("pending", DeliveryState.PENDING.name())
                      .setParameter("now", now)
                      .setMaxResults(max)
                      .getResultList();
              List<ClaimedDelivery> claimed = new ArrayList<>();
              for (DeliveryEntity row : due) {
                int won =
                    em().createQuery(
                            "update DeliveryEntity d set d.leaseUntil = :lease where d.id = :id"
                                + " and d.state = :pending and d.nextAttemptAt <= :now"
                                + " and (d.leaseUntil is null or d.leaseUntil < :now)")
                        .setParameter("lease", leaseUntil)
                        .setParameter("id", row.id)
                        .setParameter("pending", DeliveryState.PENDING.name())
                        .setParameter("now", now)
                        .executeUpdate();
                if (won == 1) {
                  SubscriptionEntity subscription =
                      em().find(SubscriptionEntity.class, row.subscriptionId);
                  claimed.add(
                      new ClaimedDelivery(
                          row.id,
                          row.webhookId,
                          URI.create(subscription.url),
                          subscriptions.secretOf(subscription),
                          row.payload,
                          row.attempts));
                }
              }
              return claimed;
            });
  }

  @Override
  public void recordSuccess(String id, Attempt attempt) {
    record(
        id,
        attempt,
        row -> {
          row.state = DeliveryState.DELIVERED.name();
          row.deliveredAt = attempt.at();
          row.nextAttemptAt = null;
        });
  }

  @Override
  public void recordFailure(String id, Attempt attempt, Instant nextAttemptAt) {
    record(
        id,
        attempt,
        row -> {
          row.state =
              nextAttemptAt == null ? DeliveryState.DEAD.name() : DeliveryState.PENDING.name();
          row.nextAttemptAt = nextAttemptAt;
        });
  }

  private void record(
      String id, Attempt attempt, java.util.function.Consumer<DeliveryEntity> next) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              DeliveryEntity row = em().find(DeliveryEntity.class, id);
              if (row == null) {
                return; // its subscription was deleted meanwhile
              }
              AttemptEntity entry = new AttemptEntity();
              entry.deliveryId = id;
              entry.number = attempt.number();
              entry.attemptedAt = attempt.at();
              entry.statusCode = attempt.statusCode();
              entry.error =
                  attempt.error() == null || attempt.error().length() <= MAX_ERROR
                      ? attempt.error()
                      : attempt.error().substring(0, MAX_ERROR);
              entry.durationMs = attempt.durationMillis();
              em().persist(entry);
              row.attempts = attempt.number();
              row.leaseUntil = null;
              next.accept(row);
            });
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

  @Override
  public boolean replay(TenantId tenant, String id, Instant now) {
    return QuarkusTransaction.joiningExisting()
        .call(
            () ->
                em().createQuery(
                            "update DeliveryEntity d set d.state = :pending, d.attempts = 0,"
                                + " d.nextAttemptAt = :now, d.leaseUntil = null,"
                                + " d.deliveredAt = null"
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
