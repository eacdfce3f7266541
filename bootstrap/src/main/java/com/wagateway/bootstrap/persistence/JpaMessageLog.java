package com.wagateway.bootstrap.persistence;

import com.wagateway.application.messaging.MessageRecord;
import com.wagateway.application.messaging.SendCount;
import com.wagateway.application.port.MessageLog;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.model.TenantId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.Session;

/**
 * The message log in the database. The send path's two writes go through the {@link SendJournal}
 * (plain JDBC, group commit, each committed before it returns); every other call joins the caller's
 * transaction or commits on its own. The conversation listing reads sent messages whole through
 * {@link #records}, histories included, in two queries.
 */
@ApplicationScoped
public class JpaMessageLog implements MessageLog {
  /** A stored status's place in {@link DeliveryStatus}'s order, in JPQL. */
  private static final String STATUS_RANK = EarlyStatuses.rankOf("m.status");

  /** The log is cut by an H2 checkpoint once it holds this many bytes (a few thousand writes). */
  private static final long LOG_LIMIT = 1 << 20;

  private final ActiveDatabase database;
  private final SendJournal journal;

  JpaMessageLog(
      ActiveDatabase database,
      SendJournalSettings settings,
      DatabaseSettings databases,
      StorageSettings storage) {
    this.database = database;
    this.journal =
        new SendJournal(
            database.dataSource(),
            settings.maxPending(),
            settings.writeTimeout(),
            journalLog(databases, storage),
            LOG_LIMIT);
  }

  /**
   * The send journal's log, for the embedded H2 file database only: a PostgreSQL commit is on disk
   * already, and an in-memory database (the tests') has no disk to be on.
   */
  private static SendJournalLog journalLog(DatabaseSettings databases, StorageSettings storage) {
    String url =
        ConfigProvider.getConfig()
            .getOptionalValue("quarkus.datasource.jdbc.url", String.class)
            .orElse("");
    if (databases.kind() != DatabaseSettings.Kind.H2 || !url.startsWith("jdbc:h2:file:")) {
      return null;
    }
    return new SendJournalLog(Path.of(storage.dataDir()).resolve("send-journal.log"));
  }

  @PreDestroy
  void close() {
    journal.close();
  }

  @Override
  public CompletionStage<Void> recordAttempt(MessageRecord message) {
    return journal.append(MessageRows.toAttempt(message));
  }

  @Override
  public CompletionStage<Void> recordOutcome(
      String id,
      String providerMessageId,
      DeliveryStatus status,
      String errorCode,
      String errorDetail,
      Instant at) {
    return journal.append(
        new SendJournal.Outcome(
            id, providerMessageId, status.name(), errorCode, MessageRows.clip(errorDetail), at));
  }

  @Override
  public Optional<String> recordProviderStatus(
      TenantId tenant, String providerMessageId, DeliveryStatus status, Instant at) {
    return QuarkusTransaction.joiningExisting()
        .call(
            () -> {
              List<String> ids =
                  em().createQuery(
                          "select m.id from MessageEntity m where m.tenantId = :tenant"
                              + " and m.providerMessageId = :providerId",
                          String.class)
                      .setParameter("tenant", tenant.value())
                      .setParameter("providerId", providerMessageId)
                      .getResultList();
              if (ids.isEmpty()) {
                return keepUntilSent(tenant, providerMessageId, status, at);
              }
              // One conditional UPDATE, never read-modify-write: a concurrent READ and DELIVERED
              // end on READ whatever their order, since the database re-checks the condition on
              // the row it locks. Webhooks arrive out of order: a later status never gives way.
              em().createQuery(
                      "update MessageEntity m set m.status = :status, m.updatedAt = :at"
                          + " where m.id in :ids and "
                          + STATUS_RANK
                          + " < :rank")
                  .setParameter("status", status.name())
                  .setParameter("at", at)
                  .setParameter("ids", ids)
                  .setParameter("rank", status.ordinal())
                  .executeUpdate();
              ids.forEach(id -> append(id, status, at));
              return Optional.of(ids.get(0));
            });
  }

  /**
   * The status beat the send's outcome, or belongs to a message not sent through the gateway: it
   * waits, committed at once, then is applied here if the outcome committed meanwhile (see {@link
   * EarlyStatuses}).
   */
  private Optional<String> keepUntilSent(
      TenantId tenant, String providerMessageId, DeliveryStatus status, Instant at) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                session()
                    .doWork(
                        connection ->
                            EarlyStatuses.keep(
                                connection,
                                tenant.value(),
                                providerMessageId,
                                status,
                                at,
                                Instant.now())));
    int applied =
        session()
            .doReturningWork(
                connection -> EarlyStatuses.applyTo(connection, tenant.value(), providerMessageId));
    return applied == 0 ? Optional.empty() : idOfProviderMessage(tenant, providerMessageId);
  }

  private Session session() {
    return em().unwrap(Session.class);
  }

  @Override
  public Optional<String> idOfProviderMessage(TenantId tenant, String providerMessageId) {
    return QuarkusTransaction.joiningExisting()
        .call(
            () ->
                em().createQuery(
                        "select m.id from MessageEntity m where m.tenantId = :tenant"
                            + " and m.providerMessageId = :providerId",
                        String.class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("providerId", providerMessageId)
                    .setMaxResults(1)
                    .getResultStream()
                    .findFirst());
  }

  @Override
  public Optional<MessageRecord> find(TenantId tenant, String id) {
    return QuarkusTransaction.joiningExisting()
        .call(
            () ->
                em().createQuery(
                        "from MessageEntity where id = :id and tenantId = :tenant",
                        MessageEntity.class)
                    .setParameter("id", id)
                    .setParameter("tenant", tenant.value())
                    .getResultStream()
                    .findFirst()
                    .map(row -> MessageRows.toRecord(row, histories(List.of(row.id)))));
  }

  /**
   * One grouped query over the listing index's (tenant, created_at) range. The minute is computed
   * from the epoch seconds, which H2 and PostgreSQL both extract.
   */
  @Override
  public List<SendCount> countSends(TenantId tenant, Instant since) {
    String minute = "cast(floor(extract(epoch from created_at) / 60) as bigint)";
    return QuarkusTransaction.joiningExisting()
        .call(
            () -> {
              List<?> rows =
                  em().createNativeQuery(
                          "select "
                              + minute
                              + ", status, count(*) from messages"
                              + " where tenant_id = :tenant and created_at >= :since"
                              + " group by "
                              + minute
                              + ", status")
                      .setParameter("tenant", tenant.value())
                      .setParameter("since", since)
                      .getResultList();
              return rows.stream().map(row -> sendCount((Object[]) row)).toList();
            });
  }

  private static SendCount sendCount(Object[] row) {
    return new SendCount(
        ((Number) row[0]).longValue(),
        DeliveryStatus.valueOf((String) row[1]),
        ((Number) row[2]).longValue());
  }

  /** The messages with these ids, histories included, in two queries; joins the transaction. */
  Map<String, MessageRecord> records(List<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<String, List<MessageRecord.StatusChange>> histories = histories(ids);
    return em().createQuery("from MessageEntity where id in :ids", MessageEntity.class)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(row -> row.id, row -> MessageRows.toRecord(row, histories)));
  }

  private Map<String, List<MessageRecord.StatusChange>> histories(List<String> messageIds) {
    if (messageIds.isEmpty()) {
      return Map.of();
    }
    return em().createQuery(
            "from MessageStatusEntity where messageId in :ids order by at, id",
            MessageStatusEntity.class)
        .setParameter("ids", messageIds)
        .getResultStream()
        .collect(
            Collectors.groupingBy(
                change -> change.messageId,
                Collectors.mapping(
                    change ->
                        new MessageRecord.StatusChange(
                            DeliveryStatus.valueOf(change.status), change.at),
                    Collectors.toList())));
  }

  private void append(String messageId, DeliveryStatus status, Instant at) {
    MessageStatusEntity change = new MessageStatusEntity();
    change.messageId = messageId;
    change.status = status.name();
    change.at = at;
    em().persist(change);
  }

  private EntityManager em() {
    return database.entityManager();
  }
}
