package com.wagateway.bootstrap.persistence;

import com.wagateway.application.admin.TenantAdministration;
import com.wagateway.application.paging.Page;
import com.wagateway.application.port.TenantRepository;
import com.wagateway.bootstrap.BlockingWork;
import com.wagateway.bootstrap.TenantDeleted;
import com.wagateway.domain.error.TenantAlreadyExistsException;
import com.wagateway.domain.model.ApiKeyDigest;
import com.wagateway.domain.model.Tenant;
import com.wagateway.domain.model.TenantId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The tenant registry in the database. Credentials are encrypted on write and decrypted only when a
 * tenant is loaded; every method joins the caller's transaction or runs in its own.
 *
 * <p>The two reads are not {@code @Transactional}: whether the caller already runs a transaction
 * decides how they read (locked, for an admin change; cached, for the serving path), so they must
 * see the caller's transaction, not one of their own.
 */
@ApplicationScoped
public class JpaTenantRepository implements TenantRepository {
  private final ActiveDatabase database;
  private final CredentialCipher cipher;
  private final Clock clock = Clock.systemUTC();

  private final TransactionManager transactions;
  private final TenantCache cache;
  private final BlockingWork blocking;
  private final Event<TenantDeleted> deletions;

  JpaTenantRepository(
      ActiveDatabase database,
      CredentialCipher cipher,
      TransactionManager transactions,
      BlockingWork blocking,
      Event<TenantDeleted> deletions,
      @ConfigProperty(name = "gateway.tenant-cache-ttl", defaultValue = "1s") Duration cacheTtl) {
    this.blocking = blocking;
    this.deletions = deletions;
    this.database = database;
    this.cipher = cipher;
    this.transactions = transactions;
    this.cache = new TenantCache(cacheTtl, System::nanoTime);
  }

  private boolean inTransaction() {
    try {
      return transactions.getStatus() == Status.STATUS_ACTIVE;
    } catch (SystemException e) {
      return false;
    }
  }

  @Override
  public Optional<Tenant> find(TenantId id) {
    // Inside an admin change the row is locked from the first read, so concurrent changes to one
    // tenant queue up (last one wins) instead of failing on the version check; the serving path
    // reads outside transactions and never waits.
    if (inTransaction()) {
      return Optional.ofNullable(
              em().find(TenantEntity.class, id.value(), LockModeType.PESSIMISTIC_WRITE))
          .map(this::toTenant);
    }
    return read(id);
  }

  private Optional<Tenant> read(TenantId id) {
    return cache.get(
        id,
        () ->
            QuarkusTransaction.joiningExisting()
                .call(
                    () ->
                        Optional.ofNullable(em().find(TenantEntity.class, id.value()))
                            .map(this::toTenant)));
  }

  @Override
  public Optional<Tenant> findByApiKey(ApiKeyDigest digest) {
    return readByApiKey(digest);
  }

  /** For the serving path only (no admin change runs on an event loop). */
  @Override
  public CompletionStage<Optional<Tenant>> findLater(TenantId id) {
    return later(id, () -> read(id));
  }

  @Override
  public CompletionStage<Optional<Tenant>> findByApiKeyLater(ApiKeyDigest digest) {
    return later(digest, () -> readByApiKey(digest));
  }

  /** At once from the cache, else read off the event loop by {@link BlockingWork}. */
  private CompletionStage<Optional<Tenant>> later(Object key, Supplier<Optional<Tenant>> read) {
    Optional<Tenant> cached = cache.fresh(key);
    return cached != null
        ? CompletableFuture.completedFuture(cached)
        : CompletableFuture.supplyAsync(read, blocking);
  }

  private Optional<Tenant> readByApiKey(ApiKeyDigest digest) {
    return cache.get(
        digest,
        () ->
            QuarkusTransaction.joiningExisting()
                .call(
                    () ->
                        em().createQuery(
                                "from TenantEntity where apiKeyDigest = :digest",
                                TenantEntity.class)
                            .setParameter("digest", digest.sha256Hex())
                            .getResultStream()
                            .findFirst()
                            .map(this::toTenant)));
  }

  @Override
  @Transactional
  public void create(Tenant tenant) {
    forgetReads();
    TenantEntity row = new TenantEntity();
    row.id = tenant.id().value();
    row.createdAt = clock.instant();
    write(row, tenant, row.createdAt);
    try {
      em().persist(row);
      em().flush(); // surfaces a duplicate id now, also one inserted concurrently
    } catch (PersistenceException e) {
      throw DuplicateKeys.isDuplicateTenantId(e)
          ? new TenantAlreadyExistsException(tenant.id())
          : e;
    }
  }

  @Override
  @Transactional
  public boolean update(Tenant tenant) {
    forgetReads();
    TenantEntity row = em().find(TenantEntity.class, tenant.id().value());
    if (row == null) {
      return false;
    }
    write(row, tenant, clock.instant());
    return true;
  }

  /**
   * Observers of {@link TenantDeleted} that wait for the commit ({@code AFTER_SUCCESS}) learn of
   * the deletion only if it commits.
   */
  @Override
  @Transactional
  public boolean delete(TenantId id) {
    forgetReads();
    boolean deleted =
        em().createQuery("delete from TenantEntity where id = :id")
                .setParameter("id", id.value())
                .executeUpdate()
            > 0;
    if (deleted) {
      deletions.fire(new TenantDeleted(id));
    }
    return deleted;
  }

  @Override
  @Transactional
  public Page<Tenant> list(TenantId afterId, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive");
    }
    var query =
        afterId == null
            ? em().createQuery("from TenantEntity order by id", TenantEntity.class)
            : em().createQuery(
                    "from TenantEntity where id > :after order by id", TenantEntity.class)
                .setParameter("after", afterId.value());
    List<TenantEntity> rows = query.setMaxResults(limit + 1).getResultList();
    if (rows.size() <= limit) {
      return new Page<>(rows.stream().map(this::toTenant).toList(), null);
    }
    List<Tenant> items = rows.subList(0, limit).stream().map(this::toTenant).toList();
    return new Page<>(items, TenantAdministration.cursorAfter(items.get(limit - 1).id().value()));
  }

  private void write(TenantEntity row, Tenant tenant, Instant now) {
    row.provider = tenant.provider().key();
    row.credentials = cipher.encrypt(tenant.id(), tenant.credentials());
    row.apiKeyDigest = tenant.apiKeyDigest() == null ? null : tenant.apiKeyDigest().sha256Hex();
    row.autoRead = tenant.autoRead();
    row.updatedAt = now;
  }

  private Tenant toTenant(TenantEntity row) {
    TenantId id = new TenantId(row.id);
    return new Tenant(
        id,
        cipher.decrypt(id, row.credentials),
        row.apiKeyDigest == null ? null : new ApiKeyDigest(row.apiKeyDigest),
        row.autoRead);
  }

  /** A write: forget what was read, now and again once the change is committed. */
  private void forgetReads() {
    cache.invalidate();
    try {
      if (transactions.getStatus() == Status.STATUS_ACTIVE) {
        transactions
            .getTransaction()
            .registerSynchronization(
                new Synchronization() {
                  @Override
                  public void beforeCompletion() {}

                  @Override
                  public void afterCompletion(int status) {
                    cache.invalidate();
                  }
                });
      }
    } catch (SystemException | RollbackException e) {
      throw new IllegalStateException("Could not watch the transaction of a tenant change", e);
    }
  }

  private EntityManager em() {
    return database.entityManager();
  }
}
