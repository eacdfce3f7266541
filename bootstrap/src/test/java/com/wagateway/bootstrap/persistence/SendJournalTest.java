package com.wagateway.bootstrap.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.wagateway.domain.error.GatewayOverloadedException;
import com.wagateway.domain.port.Completions;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The group commit itself, on a private in-memory H2 database with the log's two tables. */
class SendJournalTest {
  private static final Instant NOON = Instant.parse("2026-01-02T12:00:00Z");

  private JdbcDataSource h2;
  private Connection keepAlive;
  private final ExecutorService senders = Executors.newFixedThreadPool(4);

  @BeforeEach
  void database() throws SQLException {
    h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:journal-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    keepAlive = h2.getConnection();
    JournalTables.create(keepAlive);
  }

  @AfterEach
  void close() throws SQLException {
    senders.shutdownNow();
    keepAlive.close();
  }

  /** A journal that neither fills up nor times out in these tests. */
  private static SendJournal journal(DataSource dataSource) {
    return new SendJournal(dataSource, 100, Duration.ofSeconds(60));
  }

  private static SendJournal.Attempt attempt(String id) {
    return new SendJournal.Attempt(
        id, "acme", "whapi", null, "4915112345678", "TEXT", "ACCEPTED", NOON, NOON, null, null);
  }

  @Test
  void oneRefusedWriteInABatchFailsOnlyItsOwnSender() throws Exception {
    // The first connection is held back until three more writes wait behind it: they are then
    // committed as one batch, in which the second "dup" is refused.
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger connections = new AtomicInteger();
    DataSource gated =
        DataSources.of(
            () -> {
              if (connections.getAndIncrement() == 0) {
                release.await(30, TimeUnit.SECONDS);
              }
              return h2.getConnection();
            });
    try (SendJournal journal = journal(gated)) {
      Future<?> first = senders.submit(() -> Completions.join(journal.append(attempt("first"))));
      await().until(() -> connections.get() == 1);
      List<Future<?>> batch = new ArrayList<>();
      for (String id : List.of("dup", "dup", "fresh")) {
        batch.add(senders.submit(() -> Completions.join(journal.append(attempt(id)))));
      }
      await().until(() -> journal.waiting() == 3);
      release.countDown();

      first.get(30, TimeUnit.SECONDS);
      int failed = 0;
      for (Future<?> write : batch) {
        try {
          write.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException refused) {
          failed++;
        }
      }
      assertThat(failed).isEqualTo(1);
      assertThat(connections.get()).as("one connection per batch").isEqualTo(2);
    }
    assertThat(count("SELECT COUNT(*) FROM messages")).isEqualTo(3);
    assertThat(count("SELECT COUNT(*) FROM message_status_history")).isEqualTo(3);
  }

  @Test
  void aSenderOnAVertxContextResumesOnItNotOnTheWriter() throws Exception {
    Vertx vertx = Vertx.vertx();
    try (SendJournal journal = journal(h2)) {
      Context context = vertx.getOrCreateContext();
      CompletableFuture<Context> resumedOn = new CompletableFuture<>();
      CompletableFuture<String> resumedThread = new CompletableFuture<>();
      context.runOnContext(
          start ->
              journal
                  .append(attempt("on-context"))
                  .whenComplete(
                      (done, failure) -> {
                        resumedThread.complete(Thread.currentThread().getName());
                        resumedOn.complete(Vertx.currentContext());
                      }));

      assertThat(resumedOn.get(30, TimeUnit.SECONDS)).isSameAs(context);
      assertThat(resumedThread.get(30, TimeUnit.SECONDS)).doesNotContain("send-journal");
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
    assertThat(count("SELECT COUNT(*) FROM messages WHERE id = 'on-context'")).isEqualTo(1);
  }

  @Test
  void anOutcomeUpdatesItsMessageAndExtendsItsHistory() throws Exception {
    try (SendJournal journal = journal(h2)) {
      Completions.join(journal.append(attempt("m-1")));
      Completions.join(
          journal.append(
              new SendJournal.Outcome("m-1", "wamid-1", "SENT", null, null, NOON.plusSeconds(1))));
    }
    assertThat(count("SELECT COUNT(*) FROM messages WHERE status = 'SENT'")).isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM message_status_history WHERE message_id = 'm-1'"))
        .isEqualTo(2);
  }

  @Test
  void anOutcomeForNoMessageIsRefused() {
    try (SendJournal journal = journal(h2)) {
      assertThatThrownBy(
              () ->
                  Completions.join(
                      journal.append(
                          new SendJournal.Outcome("ghost", null, "SENT", null, null, NOON))))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("ghost");
    }
  }

  @Test
  void withoutADatabaseEveryWriteFailsAndTheJournalKeepsWorking() {
    AtomicInteger calls = new AtomicInteger();
    DataSource down =
        DataSources.of(
            () -> {
              calls.incrementAndGet();
              throw new SQLTransientConnectionException("database down");
            });
    try (SendJournal journal = journal(down)) {
      assertThatThrownBy(() -> Completions.join(journal.append(attempt("a"))))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("database down");
      assertThatThrownBy(() -> Completions.join(journal.append(attempt("b"))))
          .hasMessageContaining("database down");
      assertThat(calls.get()).isEqualTo(2);
    }
  }

  @Test
  void aClosedJournalRefusesWrites() {
    SendJournal journal = journal(h2);
    journal.close();

    assertThatThrownBy(() -> Completions.join(journal.append(attempt("late"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void aFullJournalRefusesAWriteAtOnceAsOverloaded() throws Exception {
    ConnectionGate stalled = new ConnectionGate();
    stalled.close();
    try (SendJournal journal = new SendJournal(stalled.guard(h2), 1, Duration.ofSeconds(60))) {
      CompletableFuture<Void> taken = journal.append(attempt("taken")).toCompletableFuture();
      await().until(() -> stalled.held() == 1); // the writer holds it, waiting for the database
      CompletableFuture<Void> waiting = journal.append(attempt("waiting")).toCompletableFuture();
      CompletableFuture<Void> refused = journal.append(attempt("refused")).toCompletableFuture();

      assertThat(refused).isCompletedExceptionally();
      assertThatThrownBy(() -> Completions.join(refused))
          .isInstanceOf(GatewayOverloadedException.class)
          .hasMessageContaining("1 writes are already waiting")
          .hasMessageContaining("not sent");
      assertThat(waiting).isNotDone();
      stalled.open();
      taken.get(30, TimeUnit.SECONDS);
      waiting.get(30, TimeUnit.SECONDS);
    }
    assertThat(ids()).containsExactlyInAnyOrder("taken", "waiting");
  }

  @Test
  void aWriteNotCommittedInTimeFailsAsOverloadedAndIsSkippedWhenTheDatabaseReturns()
      throws Exception {
    ConnectionGate stalled = new ConnectionGate();
    stalled.close();
    try (SendJournal journal = new SendJournal(stalled.guard(h2), 100, Duration.ofMillis(100))) {
      CompletableFuture<Void> late = journal.append(attempt("late")).toCompletableFuture();

      assertThatThrownBy(() -> late.get(30, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(GatewayOverloadedException.class)
          .hasMessageContaining("not recorded within 100 ms; the message was not sent");
      assertThat(stalled.held()).as("the writer still waits for the database").isEqualTo(1);
      stalled.open();
      Completions.join(journal.append(attempt("next"))); // committed after the stalled batch
    }
    assertThat(ids()).containsExactly("next");
  }

  @Test
  void anAttemptThatTimesOutWhileItCommitsIsThenRecordedAsFailed() throws Exception {
    CountDownLatch timedOut = new CountDownLatch(1);
    AtomicBoolean first = new AtomicBoolean(true);
    DataSource slowFirstCommit =
        DataSources.of(
            () ->
                commitAfter(
                    first.getAndSet(false) ? timedOut : new CountDownLatch(0), h2.getConnection()));
    try (SendJournal journal = new SendJournal(slowFirstCommit, 100, Duration.ofMillis(100))) {
      CompletableFuture<Void> late = journal.append(attempt("late")).toCompletableFuture();
      assertThatThrownBy(() -> late.get(30, TimeUnit.SECONDS))
          .cause()
          .isInstanceOf(GatewayOverloadedException.class);
      timedOut.countDown(); // only now is its transaction committed

      await().until(() -> count("SELECT COUNT(*) FROM messages WHERE status = 'FAILED'") == 1);
    }
    assertThat(count("SELECT COUNT(*) FROM messages WHERE error_code = 'GATEWAY_OVERLOADED'"))
        .isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM message_status_history WHERE status = 'FAILED'"))
        .isEqualTo(1);
  }

  /**
   * A sender that appends while the journal closes gets its stage at once, even though the writer
   * cannot stop (it waits for the database): it never waits for the writer itself. Each round races
   * close() against an append; the sender either returns or is caught inside close().
   */
  @Test
  void aSenderRacingCloseNeverWaitsForTheWriter() throws Exception {
    for (int round = 0; round < 200; round++) {
      ConnectionGate stalled = new ConnectionGate();
      stalled.close();
      SendJournal journal = new SendJournal(stalled.guard(h2), 100, Duration.ofSeconds(60));
      journal.append(attempt("held-" + round));
      await().pollInterval(Duration.ofMillis(1)).until(() -> stalled.held() == 1);
      CyclicBarrier start = new CyclicBarrier(2);
      Future<?> closing =
          senders.submit(
              () -> {
                start.await();
                journal.close();
                return null;
              });
      CompletableFuture<CompletionStage<Void>> appended = new CompletableFuture<>();
      String racing = "racing-" + round;
      Thread sender =
          new Thread(
              () -> {
                try {
                  start.await();
                } catch (Exception e) {
                  appended.completeExceptionally(e);
                  return;
                }
                appended.complete(journal.append(attempt(racing)));
              });
      sender.start();

      await()
          .pollInterval(Duration.ofMillis(1))
          .until(() -> appended.isDone() || insideClose(sender));
      assertThat(appended).as("round %d", round).isCompleted();
      stalled.open();
      closing.get(30, TimeUnit.SECONDS);
    }
  }

  private static boolean insideClose(Thread thread) {
    return Arrays.stream(thread.getStackTrace())
        .anyMatch(
            frame ->
                frame.getClassName().equals(SendJournal.class.getName())
                    && frame.getMethodName().equals("close"));
  }

  /** {@code connection}, whose commit waits until {@code latch} opens. */
  private static Connection commitAfter(CountDownLatch latch, Connection connection) {
    return (Connection)
        Proxy.newProxyInstance(
            SendJournalTest.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("commit")) {
                latch.await(30, TimeUnit.SECONDS);
              }
              try {
                return method.invoke(connection, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  private List<String> ids() throws SQLException {
    List<String> ids = new ArrayList<>();
    try (Statement query = keepAlive.createStatement();
        ResultSet rows = query.executeQuery("SELECT id FROM messages")) {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    }
    return ids;
  }

  private long count(String sql) throws SQLException {
    try (Statement query = keepAlive.createStatement();
        ResultSet rows = query.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
