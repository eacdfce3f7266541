package com.wagateway.bootstrap.persistence;

import com.wagateway.application.port.IdempotencyStore;
import com.wagateway.domain.model.TenantId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Idempotency keys in the database. The primary key (tenant, key) makes a claim atomic: the insert
 * of exactly one concurrent request succeeds, the others see a duplicate key and read the winner's
 * row. Every call commits in a transaction of its own, so a claim is visible to other requests
 * before the provider is called, and survives the caller's rollback.
 */
@ApplicationScoped
public class JpaIdempotencyStore implements IdempotencyStore {
  /** Read, insert, read again... only loops while other requests release or replace the key. */
  private static final int ATTEMPTS = 10;

  private final ActiveDatabase database;

  JpaIdempotencyStore(ActiveDatabase database) {
    this.database = database;
  }

  @Override
  public Reservation reserve(
      TenantId tenant, String key, String requestHash, Instant now, Duration ttl) {
    // Reading first keeps replays off the failing insert (which Hibernate logs as a warning);
    // the insert alone decides races.
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Optional<Reservation> found =
          QuarkusTransaction.requiringNew()
              .call(() -> inspect(tenant, key, requestHash, now, now.minus(ttl)));
      if (found.isPresent()) {
        return found.get();
      }
      if (tryInsert(tenant, key, requestHash, now)) {
        return new Reservation.Reserved();
      }
    }
    throw new IllegalStateException(
        "Idempotency key of tenant " + tenant + " kept changing hands; gave up after " + ATTEMPTS);
  }

  @Override
  public void complete(TenantId tenant, String key, String messageId) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em().createQuery(
                        "update IdempotencyKeyEntity set messageId = :message"
                            + " where tenantId = :tenant and key = :key")
                    .setParameter("message", messageId)
                    .setParameter("tenant", tenant.value())
                    .setParameter("key", key)
                    .executeUpdate());
  }

  @Override
  public void release(TenantId tenant, String key) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em().createQuery(
                        "delete from IdempotencyKeyEntity where tenantId = :tenant and key = :key")
                    .setParameter("tenant", tenant.value())
                    .setParameter("key", key)
                    .executeUpdate());
  }

  /** True if this request now holds the key; false if a row for it exists already. */
  private boolean tryInsert(TenantId tenant, String key, String requestHash, Instant now) {
    try {
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                IdempotencyKeyEntity row = new IdempotencyKeyEntity();
                row.tenantId = tenant.value();
                row.key = key;
                row.requestHash = requestHash;
                row.createdAt = now;
                em().persist(row);
                em().flush(); // the duplicate key surfaces here, after a concurrent commit
              });
      return true;
    } catch (PersistenceException e) {
      if (DuplicateKeys.isDuplicateKey(e)) {
        return false;
      }
      throw e;
    }
  }

  /**
   * What the existing row means for this request; empty if there is none (never claimed, or
   * released) or another request replaced it first, so the caller tries to insert.
   */
  private Optional<Reservation> inspect(
      TenantId tenant, String key, String requestHash, Instant now, Instant expiredBefore) {
    IdempotencyKeyEntity row =
        em().find(IdempotencyKeyEntity.class, new IdempotencyKeyEntity.Key(tenant.value(), key));
    if (row == null) {
      return Optional.empty();
    }
    if (row.createdAt.isBefore(expiredBefore)) {
      return replaceExpired(tenant, key, requestHash, now, expiredBefore)
          ? Optional.of(new Reservation.Reserved())
          : Optional.empty();
    }
    return Optional.of(
        row.messageId == null
            ? new Reservation.InProgress(row.requestHash)
            : new Reservation.Completed(row.requestHash, row.messageId));
  }

  /** The condition on created_at lets only one of several racing requests take over the key. */
  private boolean replaceExpired(
      TenantId tenant, String key, String requestHash, Instant now, Instant expiredBefore) {
    return em().createQuery(
                "update IdempotencyKeyEntity set requestHash = :hash, messageId = null,"
                    + " createdAt = :now where tenantId = :tenant and key = :key"
                    + " and createdAt < :expiredBefore")
            .setParameter("hash", requestHash)
            .setParameter("now", now)
            .setParameter("tenant", tenant.value())
            .setParameter("key", key)
            .setParameter("expiredBefore", expiredBefore)
            .executeUpdate()
        == 1;
  }

  private EntityManager em() {
    return database.entityManager();
  }
}
