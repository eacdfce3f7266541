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
 * row. Taking over an abandoned reservation is a conditional update on the lease that was seen, so
 * exactly one of several racing requests wins it too. Every call commits in a transaction of its
 * own, so a claim is visible to other requests before the provider is called, and survives the
 * caller's rollback.
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
      TenantId tenant,
      String key,
      String requestHash,
      String messageId,
      Instant now,
      Duration window,
      Instant leaseUntil) {
    // Reading first keeps replays off the failing insert (which Hibernate logs as a warning);
    // the insert alone decides races, and conditional updates decide take-overs.
    Claim claim = new Claim(tenant, key, requestHash, messageId, now, leaseUntil);
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Optional<Reservation> found =
          QuarkusTransaction.requiringNew().call(() -> inspect(claim, now.minus(window)));
      if (found.isPresent()) {
        return found.get();
      }
      if (tryInsert(claim)) {
        return new Reservation.Reserved();
      }
    }
    throw new IllegalStateException(
        "Idempotency key of tenant " + tenant + " kept changing hands; gave up after " + ATTEMPTS);
  }

  /** What one request asks of a key. */
  private record Claim(
      TenantId tenant,
      String key,
      String requestHash,
      String messageId,
      Instant now,
      Instant leaseUntil) {}

  @Override
  public void complete(TenantId tenant, String key) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em().createQuery(
                        "update IdempotencyKeyEntity set state = :completed, leaseUntil = null"
                            + " where tenantId = :tenant and key = :key")
                    .setParameter("completed", IdempotencyKeyEntity.COMPLETED)
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
  private boolean tryInsert(Claim claim) {
    try {
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                IdempotencyKeyEntity row = new IdempotencyKeyEntity();
                row.tenantId = claim.tenant().value();
                row.key = claim.key();
                row.requestHash = claim.requestHash();
                row.messageId = claim.messageId();
                row.state = IdempotencyKeyEntity.IN_PROGRESS;
                row.leaseUntil = claim.leaseUntil();
                row.createdAt = claim.now();
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
  private Optional<Reservation> inspect(Claim claim, Instant expiredBefore) {
    IdempotencyKeyEntity row =
        em().find(
                IdempotencyKeyEntity.class,
                new IdempotencyKeyEntity.Key(claim.tenant().value(), claim.key()));
    if (row == null) {
      return Optional.empty();
    }
    if (row.createdAt.isBefore(expiredBefore)) {
      return replaceExpired(claim, expiredBefore)
          ? Optional.of(new Reservation.Reserved())
          : Optional.empty();
    }
    if (IdempotencyKeyEntity.COMPLETED.equals(row.state)) {
      return Optional.of(new Reservation.Completed(row.requestHash, row.messageId));
    }
    if (row.leaseUntil.isBefore(claim.now())
        && row.requestHash.equals(claim.requestHash())
        && takeOver(claim, row.leaseUntil)) {
      // A reservation from before keys were bound at once has no message: it gets this one's.
      String messageId = row.messageId == null ? claim.messageId() : row.messageId;
      return Optional.of(new Reservation.TakenOver(row.requestHash, messageId));
    }
    return Optional.of(new Reservation.InProgress(row.requestHash));
  }

  /**
   * Renews the lease of an abandoned reservation, keeping its message. The condition on the lease
   * this request saw lets only one of several racing requests take the key over.
   */
  private boolean takeOver(Claim claim, Instant leaseSeen) {
    return em().createQuery(
                "update IdempotencyKeyEntity set leaseUntil = :lease,"
                    + " messageId = coalesce(messageId, :message) where tenantId = :tenant"
                    + " and key = :key and state = :inProgress and leaseUntil = :seen")
            .setParameter("lease", claim.leaseUntil())
            .setParameter("message", claim.messageId())
            .setParameter("tenant", claim.tenant().value())
            .setParameter("key", claim.key())
            .setParameter("inProgress", IdempotencyKeyEntity.IN_PROGRESS)
            .setParameter("seen", leaseSeen)
            .executeUpdate()
        == 1;
  }

  /** The condition on created_at lets only one of several racing requests take over the key. */
  private boolean replaceExpired(Claim claim, Instant expiredBefore) {
    return em().createQuery(
                "update IdempotencyKeyEntity set requestHash = :hash, messageId = :message,"
                    + " state = :inProgress, leaseUntil = :lease, createdAt = :now"
                    + " where tenantId = :tenant and key = :key and createdAt < :expiredBefore")
            .setParameter("hash", claim.requestHash())
            .setParameter("message", claim.messageId())
            .setParameter("inProgress", IdempotencyKeyEntity.IN_PROGRESS)
            .setParameter("lease", claim.leaseUntil())
            .setParameter("now", claim.now())
            .setParameter("tenant", claim.tenant().value())
            .setParameter("key", claim.key())
            .setParameter("expiredBefore", expiredBefore)
            .executeUpdate()
        == 1;
  }

  private EntityManager em() {
    return database.entityManager();
  }
}
