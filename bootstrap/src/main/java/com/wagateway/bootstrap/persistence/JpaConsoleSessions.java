package com.wagateway.bootstrap.persistence;

import com.wagateway.application.console.ConsoleSession;
import com.wagateway.application.port.ConsoleSessionStore;
import com.wagateway.application.tenant.Caller;
import com.wagateway.domain.model.ApiKeyDigest;
import com.wagateway.domain.model.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** Console sessions in the database, so that any gateway process can resume any session. */
@ApplicationScoped
@Transactional
public class JpaConsoleSessions implements ConsoleSessionStore {
  private final ActiveDatabase database;

  JpaConsoleSessions(ActiveDatabase database) {
    this.database = database;
  }

  @Override
  public void save(ConsoleSession session) {
    ConsoleSessionEntity row = new ConsoleSessionEntity();
    row.idDigest = session.idDigest();
    row.tenantId =
        session.caller() instanceof Caller.OfTenant tenant ? tenant.tenantId().value() : null;
    row.apiKeyDigest = session.tenantKey() == null ? null : session.tenantKey().sha256Hex();
    row.createdAt = session.createdAt();
    row.expiresAt = session.expiresAt();
    em().persist(row);
  }

  @Override
  public Optional<ConsoleSession> findLive(String idDigest, Instant now) {
    return Optional.ofNullable(em().find(ConsoleSessionEntity.class, idDigest))
        .filter(row -> row.expiresAt.isAfter(now))
        .map(JpaConsoleSessions::toSession);
  }

  @Override
  public boolean delete(String idDigest) {
    return em().createQuery("delete from ConsoleSessionEntity where idDigest = :digest")
            .setParameter("digest", idDigest)
            .executeUpdate()
        > 0;
  }

  @Override
  public int purgeExpired(Instant now) {
    return em().createQuery("delete from ConsoleSessionEntity where expiresAt <= :now")
        .setParameter("now", now)
        .executeUpdate();
  }

  private static ConsoleSession toSession(ConsoleSessionEntity row) {
    Caller caller =
        row.tenantId == null ? new Caller.Admin() : new Caller.OfTenant(new TenantId(row.tenantId));
    ApiKeyDigest key = row.apiKeyDigest == null ? null : new ApiKeyDigest(row.apiKeyDigest);
    return new ConsoleSession(row.idDigest, caller, key, row.createdAt, row.expiresAt);
  }

  private EntityManager em() {
    return database.entityManager();
  }
}
