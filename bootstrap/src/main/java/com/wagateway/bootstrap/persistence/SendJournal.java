package com.wagateway.bootstrap.persistence;

import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.error.GatewayOverloadedException;
import com.wagateway.domain.event.Chat;
import com.wagateway.domain.message.DeliveryStatus;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The two writes of every send, the attempt before the provider call and its outcome after, in
 * plain JDBC with group commit: one writer thread takes every write queued meanwhile and commits
 * them in one transaction, batched statement by statement, while each sender waits for its own
 * write to be committed. Nothing is acknowledged before it is on disk: a PostgreSQL commit is; on
 * the embedded H2, whose commits reach its file later, each batch is also appended to the journal's
 * {@link SendJournalLog} and synced first. Under load a commit carries many sends instead of each
 * send paying for two.
 *
 * <p>A batch that fails (a write the database refuses) is rolled back and its writes retried one
 * transaction each, so one bad write fails only its own sender.
 *
 * <p>A stalled database must not hang every send: at most {@code maxPending} writes wait, a write
 * beyond them is refused at once, and a write not committed within {@code writeTimeout} fails its
 * sender; both with {@link GatewayOverloadedException}. The writer skips a write whose sender has
 * already been failed, so an attempt that timed out is not recorded as if it were sent; should the
 * timeout strike while its transaction commits, the journal marks that message failed after it.
 */
final class SendJournal implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(SendJournal.class);
  private static final int MAX_BATCH = 256;

  /** How often an idle writer looks whether the journal is closing. */
  private static final Duration IDLE_CHECK = Duration.ofMillis(100);

  /** The message's row and its first history entry. */
  record Attempt(
      String id,
      String tenantId,
      String provider,
      String providerMessageId,
      String recipient,
      String type,
      String status,
      Instant createdAt,
      Instant updatedAt,
      String errorCode,
      String errorDetail) {}

  /** The provider's answer applied to the message, and appended to its history. */
  record Outcome(
      String id,
      String providerMessageId,
      String status,
      String errorCode,
      String errorDetail,
      Instant at) {}

  private record Pending(Object write, CompletableFuture<Void> done) {}

  static final String INSERT_MESSAGE =
      "INSERT INTO messages (id, tenant_id, provider, provider_message_id, recipient, type,"
          + " status, created_at, updated_at, error_code, error_detail, chat_id)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String UPDATE_MESSAGE =
      "UPDATE messages SET provider_message_id = ?, status = ?, error_code = ?,"
          + " error_detail = ?, updated_at = ? WHERE id = ?";
  static final String INSERT_STATUS =
      "INSERT INTO message_status_history (message_id, status, at) VALUES (?, ?, ?)";

  private final DataSource dataSource;
  private final BlockingQueue<Pending> queue;
  private final int maxPending;
  private final Duration writeTimeout;
  private final Thread writer;
  private final ScheduledThreadPoolExecutor timer;
  private final SendJournalLog log; // null: the database's commit is on disk (PostgreSQL)
  private final long logLimit;
  private boolean keepLog; // writer only: the log could not be replayed, so it is never cut
  private volatile boolean closed;

  SendJournal(DataSource dataSource, int maxPending, Duration writeTimeout) {
    this(dataSource, maxPending, writeTimeout, null, 0);
  }

  /**
   * With {@code log}, for the embedded H2 file database: every committed batch is also appended to
   * the log and synced before its senders are answered, and the log is cut by an H2 checkpoint once
   * it holds {@code logLimit} bytes. What the log holds when the journal starts (a crash left it)
   * is applied to the database first, before any new write.
   */
  SendJournal(
      DataSource dataSource,
      int maxPending,
      Duration writeTimeout,
      SendJournalLog log,
      long logLimit) {
    if (maxPending < 1 || writeTimeout.isNegative() || writeTimeout.isZero()) {
      throw new IllegalArgumentException(
          "gateway.send-journal.max-pending must be at least 1 and"
              + " gateway.send-journal.write-timeout positive");
    }
    this.dataSource = dataSource;
    this.log = log;
    this.logLimit = logLimit;
    this.queue = new LinkedBlockingQueue<>(maxPending);
    this.maxPending = maxPending;
    this.writeTimeout = writeTimeout;
    this.timer =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, "send-journal-timer");
              thread.setDaemon(true);
              return thread;
            });
    timer.setRemoveOnCancelPolicy(true);
    this.writer = new Thread(this::run, "send-journal");
    writer.setDaemon(true);
    writer.start();
  }

  /** Queues the attempt; the stage completes once it is committed, or fails when it is not. */
  CompletionStage<Void> append(Attempt attempt) {
    return enqueue(attempt);
  }

  /** As {@link #append(Attempt)} for an outcome. */
  CompletionStage<Void> append(Outcome outcome) {
    return enqueue(outcome);
  }

  /** Never blocks: the caller may be an event loop. */
  private CompletionStage<Void> enqueue(Object write) {
    if (closed) {
      return CompletableFuture.failedFuture(closedFailure());
    }
    Pending pending = new Pending(write, new CompletableFuture<>());
    if (!queue.offer(pending)) {
      return CompletableFuture.failedFuture(
          overloaded(write, maxPending + " writes are already waiting to be recorded"));
    }
    expire(pending);
    if (closed && queue.remove(pending)) {
      // Closed meanwhile, and the writer may have stopped before taking this write.
      pending.done().completeExceptionally(closedFailure());
    }
    return onCallersContext(pending.done());
  }

  /**
   * Fails {@code pending} once the write timeout has passed, unless it was answered before. The
   * timer is cancelled when the write is answered: a cancelled task leaves the timer's queue at
   * once and, unlike a cancelled {@link CompletableFuture}, creates no exception (two per send).
   */
  private void expire(Pending pending) {
    ScheduledFuture<?> deadline =
        timer.schedule(
            () ->
                pending
                    .done()
                    .completeExceptionally(
                        overloaded(
                            pending.write(),
                            "The write was not recorded within "
                                + writeTimeout.toMillis()
                                + " ms")),
            writeTimeout.toNanos(),
            TimeUnit.NANOSECONDS);
    pending.done().whenComplete((answered, failure) -> deadline.cancel(false));
  }

  /** What the sender is told: for an attempt, that nothing was sent. */
  private static GatewayOverloadedException overloaded(Object write, String why) {
    return new GatewayOverloadedException(
        write instanceof Attempt
            ? why + "; the message was not sent, try again shortly"
            : why + "; the provider has the message, but its answer was not recorded");
  }

  private static IllegalStateException closedFailure() {
    return new IllegalStateException("The send journal is closed");
  }

  /**
   * The writer thread must not run what the sender does next (serialise its answer, call the
   * provider): the stage completes on the caller's Vert.x context when it has one (the event loop
   * of its request), else on the writer (or the timer of {@link #expire}).
   */
  private static CompletionStage<Void> onCallersContext(CompletableFuture<Void> done) {
    Context context = Vertx.currentContext();
    if (context == null) {
      return done;
    }
    CompletableFuture<Void> resumed = new CompletableFuture<>();
    done.whenComplete(
        (ignored, failure) ->
            context.runOnContext(
                run -> {
                  if (failure == null) {
                    resumed.complete(null);
                  } else {
                    resumed.completeExceptionally(failure);
                  }
                }));
    return resumed;
  }

  /** Writes queued and not yet taken by the writer. */
  int waiting() {
    return queue.size();
  }

  private void run() {
    if (log != null) {
      replay();
    }
    List<Pending> batch = new ArrayList<>(MAX_BATCH);
    while (!closed || !queue.isEmpty()) {
      try {
        Pending first = queue.poll(IDLE_CHECK.toMillis(), TimeUnit.MILLISECONDS);
        if (first == null) {
          continue; // idle: look at closed again
        }
        batch.add(first);
      } catch (InterruptedException e) {
        continue; // closing, and the writer was stuck: drain what is left
      }
      queue.drainTo(batch, MAX_BATCH - 1);
      try {
        commit(batch);
      } catch (Throwable unexpected) { // the writer must outlive anything a batch throws
        LOG.errorf(unexpected, "The send journal could not commit %d writes", batch.size());
        batch.forEach(pending -> pending.done().completeExceptionally(unexpected));
      }
      batch.clear();
    }
    if (log != null && !keepLog) {
      cutLogAtClose();
    }
  }

  /** A clean stop leaves an empty log, so that the next start has nothing to apply. */
  private void cutLogAtClose() {
    try (Connection connection = dataSource.getConnection()) {
      checkpoint(connection);
    } catch (IOException | SQLException | RuntimeException failed) {
      LOG.debugf("The send journal's log is left for the next start to apply: %s", failed);
    }
  }

  private void failLeftovers() {
    List<Pending> left = new ArrayList<>();
    queue.drainTo(left);
    left.forEach(pending -> pending.done().completeExceptionally(closedFailure()));
  }

  private void commit(List<Pending> batch) {
    batch.removeIf(SendJournal::answered);
    if (batch.isEmpty()) {
      return;
    }
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException | RuntimeException unavailable) {
      // No database: every write of the batch fails now, none waits for a connection again.
      batch.forEach(pending -> pending.done().completeExceptionally(failure(unavailable)));
      return;
    }
    batch.removeIf(SendJournal::answered); // waiting for the connection may have outlasted some
    try (connection) {
      connection.setAutoCommit(false);
      try {
        write(connection, batch);
        applyEarlyStatuses(connection, batch); // before answering: a reader then sees them
      } catch (SQLException | RuntimeException batchFailed) {
        rollback(connection);
        if (batch.size() == 1) {
          batch.get(0).done().completeExceptionally(failure(batchFailed));
          return;
        }
        LOG.debugf(
            batchFailed, "A batch of %d send writes failed; writing them one by one", batch.size());
        List<Pending> written = new ArrayList<>();
        for (Pending pending : batch) {
          if (answered(pending)) {
            continue;
          }
          try {
            write(connection, List.of(pending));
            applyEarlyStatuses(connection, List.of(pending));
            written.add(pending);
          } catch (SQLException | RuntimeException failed) {
            rollback(connection);
            pending.done().completeExceptionally(failure(failed));
          }
        }
        batch.retainAll(written);
      } finally {
        connection.setAutoCommit(true);
      }
      if (!batch.isEmpty()) {
        logged(batch);
        committed(batch);
        cutLogWhenFull(connection);
      }
    } catch (SQLException | RuntimeException closing) {
      // Setting up or handing back the connection failed; writes left unanswered fail below.
      LOG.debugf(closing, "Could not hand the send journal's connection back");
    }
    for (Pending pending : batch) {
      if (!pending.done().isDone()) { // the connection failed before any write was answered
        pending
            .done()
            .completeExceptionally(new IllegalStateException("The send was not recorded"));
      }
    }
  }

  /**
   * With a log, the committed batch is appended to it and synced: only then is it on disk, H2's own
   * file getting it up to {@code WRITE_DELAY} later. When that fails its senders are failed: an
   * attempt's provider is then never called, and its record gets a failed outcome after it (see
   * {@link #committed}).
   */
  private void logged(List<Pending> batch) {
    if (log == null) {
      return;
    }
    try {
      log.append(batch.stream().map(Pending::write).toList());
    } catch (IOException | RuntimeException notOnDisk) {
      LOG.errorf("Could not write %d committed send writes to disk: %s", batch.size(), notOnDisk);
      RuntimeException failure =
          new IllegalStateException("The send could not be written to disk", notOnDisk);
      batch.forEach(pending -> pending.done().completeExceptionally(failure));
    }
  }

  /**
   * Once the log holds {@code logLimit} bytes, an H2 checkpoint writes everything committed to the
   * database's file and syncs it, and the log is emptied: every write in it is committed already.
   */
  private void cutLogWhenFull(Connection connection) {
    try {
      if (log != null && !keepLog && log.size() >= logLimit) {
        checkpoint(connection);
      }
    } catch (IOException | SQLException | RuntimeException failed) {
      LOG.warnf("Could not cut the send journal's log %s: %s", log.file(), failed);
    }
  }

  private void checkpoint(Connection connection) throws SQLException, IOException {
    try (Statement checkpoint = connection.createStatement()) {
      checkpoint.execute("CHECKPOINT SYNC");
    }
    log.cut();
  }

  /**
   * Applies what a crash left in the log, before any new write: attempts whose message is missing
   * are inserted, outcomes update a message still {@code ACCEPTED}, and history entries missing are
   * added; what the database has already is left as it is. Then the log is cut. Should that fail,
   * the log is kept whole (and never cut by this process) for the next start.
   */
  private void replay() {
    List<Object> writes;
    try {
      writes = log.read();
      if (writes.isEmpty()) {
        log.cut(); // at most a frame a crash cut short: its senders were never answered
        return;
      }
    } catch (IOException | RuntimeException unreadable) {
      keepLog = true;
      LOG.errorf("Could not read the send journal's log %s: %s", log.file(), unreadable);
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      for (Object write : writes) {
        if (write instanceof Attempt a) {
          SendJournalReplay.attempt(connection, a);
        } else if (write instanceof Outcome o) {
          SendJournalReplay.outcome(connection, o);
        }
      }
      connection.commit();
      connection.setAutoCommit(true);
      checkpoint(connection);
      LOG.infof(
          "Applied %d send writes that the journal's log %s held (the last stop was not clean)",
          writes.size(), log.file());
    } catch (IOException | SQLException | RuntimeException failed) {
      keepLog = true;
      LOG.errorf(
          "Could not apply the %d send writes of the journal's log %s; it is kept for the next"
              + " start: %s",
          writes.size(), log.file(), failed);
    }
  }

  /**
   * Statuses the provider reported before these outcomes gave their messages a provider id, applied
   * now that the outcomes are committed (see {@link EarlyStatuses}). The outcomes are durable
   * already: a failure here is logged, and leaves the statuses waiting.
   */
  private static void applyEarlyStatuses(Connection connection, List<Pending> batch) {
    List<String> identified = new ArrayList<>();
    for (Pending pending : batch) {
      if (pending.write() instanceof Outcome o && o.providerMessageId() != null) {
        identified.add(o.id());
      }
    }
    try {
      if (EarlyStatuses.applyToMessages(connection, identified) > 0) {
        connection.commit();
      } else {
        connection.rollback();
      }
    } catch (SQLException | RuntimeException failed) {
      rollback(connection);
      LOG.warnf("Could not apply statuses that arrived before their send's outcome: %s", failed);
    }
  }

  /**
   * A write whose sender was already failed (it timed out) is not written: for an attempt, the
   * sender did not call the provider, so no record may say it did.
   */
  private static boolean answered(Pending pending) {
    return pending.done().isDone();
  }

  /**
   * Answers the senders of committed writes. An attempt that timed out while its transaction
   * committed is now recorded as accepted, though its sender gave up and never called the provider:
   * it gets a failed outcome after it, so that the record tells what happened.
   */
  private void committed(List<Pending> writes) {
    for (Pending pending : writes) {
      if (!pending.done().complete(null) && pending.write() instanceof Attempt late) {
        Outcome notSent =
            new Outcome(
                late.id(),
                null,
                DeliveryStatus.FAILED.name(),
                ErrorCode.GATEWAY_OVERLOADED.name(),
                "Recorded after the send had timed out; the message was not sent",
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        if (!queue.offer(new Pending(notSent, new CompletableFuture<>()))) {
          LOG.warnf("Message %s is recorded as accepted but was never sent", late.id());
        }
      }
    }
  }

  private static void rollback(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      LOG.debugf(e, "Rollback of a send journal batch failed");
    }
  }

  private static RuntimeException failure(Exception e) {
    return e instanceof RuntimeException runtime
        ? runtime
        : new IllegalStateException("Could not record the send: " + e.getMessage(), e);
  }

  /** All of {@code batch} in one transaction: inserts first, since an outcome may follow. */
  private static void write(Connection connection, List<Pending> batch) throws SQLException {
    insertAttempts(connection, batch);
    updateOutcomes(connection, batch);
    insertHistory(connection, batch);
    connection.commit();
  }

  private static void insertAttempts(Connection connection, List<Pending> batch)
      throws SQLException {
    boolean any = false;
    try (PreparedStatement insert = connection.prepareStatement(INSERT_MESSAGE)) {
      for (Pending pending : batch) {
        if (pending.write() instanceof Attempt a) {
          bind(insert, a);
          insert.addBatch();
          any = true;
        }
      }
      if (any) {
        insert.executeBatch();
      }
    }
  }

  /** The parameters of {@link #INSERT_MESSAGE} for {@code a}. */
  static void bind(PreparedStatement insert, Attempt a) throws SQLException {
    insert.setString(1, a.id());
    insert.setString(2, a.tenantId());
    insert.setString(3, a.provider());
    insert.setString(4, a.providerMessageId());
    insert.setString(5, a.recipient());
    insert.setString(6, a.type());
    insert.setString(7, a.status());
    insert.setObject(8, utc(a.createdAt()));
    insert.setObject(9, utc(a.updatedAt()));
    insert.setString(10, a.errorCode());
    insert.setString(11, a.errorDetail());
    insert.setString(12, Chat.idOf(a.recipient()));
  }

  private static void updateOutcomes(Connection connection, List<Pending> batch)
      throws SQLException {
    List<Outcome> outcomes = new ArrayList<>();
    for (Pending pending : batch) {
      if (pending.write() instanceof Outcome o) {
        outcomes.add(o);
      }
    }
    if (outcomes.isEmpty()) {
      return;
    }
    try (PreparedStatement update = connection.prepareStatement(UPDATE_MESSAGE)) {
      for (Outcome o : outcomes) {
        update.setString(1, o.providerMessageId());
        update.setString(2, o.status());
        update.setString(3, o.errorCode());
        update.setString(4, o.errorDetail());
        update.setObject(5, utc(o.at()));
        update.setString(6, o.id());
        update.addBatch();
      }
      int[] updated = update.executeBatch();
      for (int i = 0; i < updated.length; i++) {
        if (updated[i] == 0) {
          throw new IllegalStateException(
              "No message " + outcomes.get(i).id() + " to record an outcome for");
        }
      }
    }
  }

  private static void insertHistory(Connection connection, List<Pending> batch)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT_STATUS)) {
      for (Pending pending : batch) {
        if (pending.write() instanceof Attempt a) {
          add(insert, a.id(), a.status(), a.createdAt());
        } else if (pending.write() instanceof Outcome o) {
          add(insert, o.id(), o.status(), o.at());
        }
      }
      insert.executeBatch();
    }
  }

  private static void add(PreparedStatement insert, String messageId, String status, Instant at)
      throws SQLException {
    insert.setString(1, messageId);
    insert.setString(2, status);
    insert.setObject(3, utc(at));
    insert.addBatch();
  }

  static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  /**
   * Commits what is queued, then stops the writer; later writes are refused. Waits up to 10 s for
   * the writer, so it is for shutdown only: no send ever calls it.
   */
  @Override
  public void close() {
    closed = true;
    try {
      // Not interrupted at first: an interrupt closes a file channel in use (the log's).
      writer.join(2_000);
      if (writer.isAlive()) { // stuck, waiting for the database: an interrupt may free it
        writer.interrupt();
        writer.join(8_000);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (!writer.isAlive()) {
      failLeftovers();
      if (log != null) {
        log.close();
      }
    }
    timer.shutdownNow();
  }
}
