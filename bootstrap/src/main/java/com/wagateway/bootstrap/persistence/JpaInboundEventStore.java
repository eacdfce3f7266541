package com.wagateway.bootstrap.persistence;

import com.wagateway.application.port.InboundEventStore;
import com.wagateway.domain.event.InboundEvent;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.TenantId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/**
 * Webhook events in the database, once per tenant and dedup key. The check-then-insert joins the
 * caller's transaction; two deliveries racing past the check meet the unique constraint, and the
 * loser's transaction fails, so the provider redelivers and then finds the event stored.
 */
@ApplicationScoped
public class JpaInboundEventStore implements InboundEventStore {
  private final ActiveDatabase database;

  JpaInboundEventStore(ActiveDatabase database) {
    this.database = database;
  }

  @Override
  public boolean storeOnce(TenantId tenant, InboundEvent event, Instant receivedAt) {
    String key = BoundedKey.of(event.dedupKey(), InboundEventEntity.DEDUP_KEY_LENGTH);
    return QuarkusTransaction.joiningExisting()
        .call(
            () -> {
              long seen =
                  em().createQuery(
                          "select count(e) from InboundEventEntity e"
                              + " where e.tenantId = :tenant and e.dedupKey = :key",
                          Long.class)
                      .setParameter("tenant", tenant.value())
                      .setParameter("key", key)
                      .getSingleResult();
              if (seen > 0) {
                return false;
              }
              InboundEventEntity row =
                  row(tenant, event.provider(), event.type().key(), receivedAt);
              row.dedupKey = key;
              row.occurredAt = event.occurredAt();
              em().persist(row);
              em().flush();
              return true;
            });
  }

  @Override
  public void storeRaw(TenantId tenant, ProviderId provider, String payload, Instant receivedAt) {
    QuarkusTransaction.joiningExisting()
        .run(
            () -> {
              InboundEventEntity row = row(tenant, provider, "raw", receivedAt);
              row.payload = payload;
              em().persist(row);
            });
  }

  private static InboundEventEntity row(
      TenantId tenant, ProviderId provider, String kind, Instant receivedAt) {
    InboundEventEntity row = new InboundEventEntity();
    row.tenantId = tenant.value();
    row.provider = provider.key();
    row.kind = kind;
    row.receivedAt = receivedAt;
    return row;
  }

  private EntityManager em() {
    return database.entityManager();
  }
}
