package com.wagateway.bootstrap.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.application.messaging.MessageRecord;
import com.wagateway.application.messaging.MessageRecord.StatusChange;
import com.wagateway.application.messaging.SendCount;
import com.wagateway.application.port.MessageLog;
import com.wagateway.application.port.UnitOfWork;
import com.wagateway.domain.error.GatewayOverloadedException;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.message.MessageType;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Completions;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every {@link MessageLog} must do; run against H2 and PostgreSQL. */
abstract class MessageLogContract {
  private static final TenantId ACME = new TenantId("acme");
  private static final TenantId SHOP = new TenantId("shop");
  private static final Instant NOON = Instant.parse("2026-01-02T12:00:00.123456Z");

  @Inject MessageLog log;
  @Inject UnitOfWork unitOfWork;
  @Inject ActiveDatabase database;

  @BeforeEach
  void emptyLog() {
    Tables.clear(database);
  }

  private static MessageRecord attempt(String id, TenantId tenant, String to, Instant at) {
    return attempt(id, tenant, to, at, MessageType.TEXT);
  }

  private static MessageRecord attempt(
      String id, TenantId tenant, String to, Instant at, MessageType type) {
    return new MessageRecord(
        id,
        tenant,
        ProviderId.WHAPI,
        null,
        to,
        type,
        DeliveryStatus.ACCEPTED,
        at,
        at,
        null,
        null,
        List.of());
  }

  private void record(String id, TenantId tenant, String to, Instant at, DeliveryStatus status) {
    Completions.join(log.recordAttempt(attempt(id, tenant, to, at)));
    if (status != DeliveryStatus.ACCEPTED) {
      Completions.join(log.recordOutcome(id, "wamid-" + id, status, null, null, at.plusSeconds(1)));
    }
  }

  @Test
  void recordsTheAttemptWithItsFirstStatus() {
    Completions.join(log.recordAttempt(attempt("m-1", ACME, "4915112345678", NOON)));

    MessageRecord stored = log.find(ACME, "m-1").orElseThrow();

    assertThat(stored)
        .isEqualTo(
            new MessageRecord(
                "m-1",
                ACME,
                ProviderId.WHAPI,
                null,
                "4915112345678",
                MessageType.TEXT,
                DeliveryStatus.ACCEPTED,
                NOON,
                NOON,
                null,
                null,
                List.of(new StatusChange(DeliveryStatus.ACCEPTED, NOON))));
  }

  @ParameterizedTest
  @EnumSource(MessageType.class)
  void keepsEveryMessageType(MessageType type) {
    Completions.join(log.recordAttempt(attempt("m-1", ACME, "4915112345678", NOON, type)));

    assertThat(log.find(ACME, "m-1").orElseThrow().type()).isEqualTo(type);
  }

  @Test
  void recordsOutcomesAndKeepsTheHistoryInOrder() {
    Completions.join(log.recordAttempt(attempt("m-1", ACME, "4915112345678", NOON)));
    Completions.join(
        log.recordOutcome("m-1", "wamid-1", DeliveryStatus.SENT, null, null, NOON.plusSeconds(1)));
    Completions.join(
        log.recordOutcome(
            "m-1", "wamid-1", DeliveryStatus.DELIVERED, null, null, NOON.plusSeconds(1)));

    MessageRecord stored = log.find(ACME, "m-1").orElseThrow();

    assertThat(stored.providerMessageId()).isEqualTo("wamid-1");
    assertThat(stored.status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(stored.createdAt()).isEqualTo(NOON);
    assertThat(stored.updatedAt()).isEqualTo(NOON.plusSeconds(1));
    assertThat(stored.history())
        .containsExactly(
            new StatusChange(DeliveryStatus.ACCEPTED, NOON),
            new StatusChange(DeliveryStatus.SENT, NOON.plusSeconds(1)),
            new StatusChange(DeliveryStatus.DELIVERED, NOON.plusSeconds(1)));
  }

  @Test
  void keepsTheErrorOfAFailure() {
    Completions.join(log.recordAttempt(attempt("m-1", ACME, "4915112345678", NOON)));
    String longDetail = "x".repeat(2000);

    Completions.join(
        log.recordOutcome(
            "m-1", null, DeliveryStatus.FAILED, "PROVIDER_REJECTED", longDetail, NOON));

    MessageRecord stored = log.find(ACME, "m-1").orElseThrow();
    assertThat(stored.status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(stored.providerMessageId()).isNull();
    assertThat(stored.errorCode()).isEqualTo("PROVIDER_REJECTED");
    assertThat(stored.errorDetail()).hasSize(1024);
  }

  @Test
  void anOutcomeForAnUnknownMessageFails() {
    assertThatThrownBy(
            () ->
                Completions.join(
                    log.recordOutcome("ghost", "wamid", DeliveryStatus.SENT, null, null, NOON)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ghost");
  }

  /**
   * A real stall: another transaction holds the message's row, so the journal's UPDATE waits in the
   * database. The sender is failed when the write timeout passes, not when the lock goes.
   */
  @Test
  void anOutcomeHeldUpByARowLockFailsAsOverloadedOnceItsTimeoutPasses() throws Exception {
    Completions.join(log.recordAttempt(attempt("locked", ACME, "4915112345678", NOON)));
    try (SendJournal journal = new SendJournal(database.dataSource(), 10, Duration.ofMillis(200));
        Connection locker = database.dataSource().getConnection()) {
      locker.setAutoCommit(false);
      try (PreparedStatement lock =
          locker.prepareStatement("SELECT id FROM messages WHERE id = ? FOR UPDATE")) {
        lock.setString(1, "locked");
        lock.executeQuery().close();
      }
      try {
        CompletableFuture<Void> outcome =
            journal
                .append(new SendJournal.Outcome("locked", "wamid-1", "SENT", null, null, NOON))
                .toCompletableFuture();

        assertThatThrownBy(() -> outcome.get(30, TimeUnit.SECONDS))
            .cause()
            .isInstanceOf(GatewayOverloadedException.class)
            .hasMessageContaining("its answer was not recorded");
      } finally {
        locker.rollback();
        locker.setAutoCommit(true);
      }
    }
  }

  @Test
  void theSendWritesAreCommittedWhateverTheCallersTransactionDoes() {
    // The attempt is recorded before the provider is called: it must outlive anything after it.
    assertThatThrownBy(
            () ->
                unitOfWork.inTransaction(
                    () -> {
                      Completions.join(
                          log.recordAttempt(attempt("m-1", ACME, "4915112345678", NOON)));
                      Completions.join(
                          log.recordOutcome("m-1", "w", DeliveryStatus.SENT, null, null, NOON));
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");

    assertThat(log.find(ACME, "m-1"))
        .hasValueSatisfying(message -> assertThat(message.status()).isEqualTo(DeliveryStatus.SENT));
  }

  @Test
  void concurrentSendsAreAllRecordedWithTheirOwnOutcome() throws Exception {
    int senders = 16;
    var pool = Executors.newFixedThreadPool(senders);
    try {
      var start = new CountDownLatch(1);
      List<Future<?>> sends = new ArrayList<>();
      for (int i = 0; i < senders; i++) {
        String id = "c-" + i;
        sends.add(
            pool.submit(
                () -> {
                  start.await();
                  Completions.join(log.recordAttempt(attempt(id, ACME, "4915112345678", NOON)));
                  Completions.join(
                      log.recordOutcome(id, "w-" + id, DeliveryStatus.SENT, null, null, NOON));
                  return null;
                }));
      }
      start.countDown();
      for (var send : sends) {
        send.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    for (int i = 0; i < senders; i++) {
      String id = "c-" + i;
      assertThat(log.find(ACME, id))
          .hasValueSatisfying(
              message -> {
                assertThat(message.providerMessageId()).isEqualTo("w-" + id);
                assertThat(message.history())
                    .extracting(StatusChange::status)
                    .containsExactly(DeliveryStatus.ACCEPTED, DeliveryStatus.SENT);
              });
    }
  }

  @Test
  void aRefusedWriteFailsOnlyItsOwnSender() throws Exception {
    Completions.join(log.recordAttempt(attempt("dup", ACME, "4915112345678", NOON)));
    var pool = Executors.newFixedThreadPool(2);
    try {
      var start = new CountDownLatch(1);
      var duplicate =
          pool.submit(
              () -> {
                start.await();
                Completions.join(log.recordAttempt(attempt("dup", ACME, "4915112345678", NOON)));
                return null;
              });
      var fresh =
          pool.submit(
              () -> {
                start.await();
                Completions.join(log.recordAttempt(attempt("fresh", ACME, "4915112345678", NOON)));
                return null;
              });
      start.countDown();

      assertThatThrownBy(() -> duplicate.get(30, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class);
      fresh.get(30, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    assertThat(log.find(ACME, "fresh")).isPresent();
  }

  @Test
  void countsTheTenantsSendsPerMinuteOfCreationAndCurrentStatus() {
    Instant minute = Instant.parse("2026-01-02T12:00:00Z");
    record("m-1", ACME, "4915112345678", minute, DeliveryStatus.SENT);
    record("m-2", ACME, "4915112345678", minute.plusMillis(59_999), DeliveryStatus.SENT);
    record("m-3", ACME, "4915112345678", minute.plusSeconds(30), DeliveryStatus.FAILED);
    record("m-4", ACME, "4915112345678", minute.plusSeconds(60), DeliveryStatus.ACCEPTED);
    record("m-5", ACME, "4915112345678", minute.minusMillis(1), DeliveryStatus.SENT);
    record("m-6", SHOP, "4915112345678", minute, DeliveryStatus.SENT);
    long epochMinute = minute.getEpochSecond() / 60;

    assertThat(log.countSends(ACME, minute))
        .containsExactlyInAnyOrder(
            new SendCount(epochMinute, DeliveryStatus.SENT, 2),
            new SendCount(epochMinute, DeliveryStatus.FAILED, 1),
            new SendCount(epochMinute + 1, DeliveryStatus.ACCEPTED, 1));
    assertThat(log.countSends(SHOP, minute.plusSeconds(1))).isEmpty();
  }

  @Test
  void findsOnlyTheTenantsOwnMessages() {
    Completions.join(log.recordAttempt(attempt("m-1", ACME, "4915112345678", NOON)));

    assertThat(log.find(SHOP, "m-1")).isEmpty();
    assertThat(log.find(ACME, "nothing")).isEmpty();
  }

  @Test
  void aProviderStatusMovesTheMessageForwardOnlyAndEveryStepIsInItsHistory() {
    record("m-1", ACME, "4915112345678", NOON, DeliveryStatus.SENT);

    assertThat(
            log.recordProviderStatus(ACME, "wamid-m-1", DeliveryStatus.READ, NOON.plusSeconds(5)))
        .contains("m-1");
    log.recordProviderStatus(ACME, "wamid-m-1", DeliveryStatus.DELIVERED, NOON.plusSeconds(6));

    MessageRecord stored = log.find(ACME, "m-1").orElseThrow();
    assertThat(stored.status()).isEqualTo(DeliveryStatus.READ);
    assertThat(stored.updatedAt()).isEqualTo(NOON.plusSeconds(5));
    assertThat(stored.history())
        .extracting(StatusChange::status)
        .containsExactly(
            DeliveryStatus.ACCEPTED,
            DeliveryStatus.SENT,
            DeliveryStatus.READ,
            DeliveryStatus.DELIVERED);
    assertThat(log.recordProviderStatus(SHOP, "wamid-m-1", DeliveryStatus.READ, NOON)).isEmpty();
    assertThat(log.recordProviderStatus(ACME, "unknown", DeliveryStatus.READ, NOON)).isEmpty();
  }

  /** Real threads, real database: each pair races a READ against a DELIVERED on one message. */
  @Test
  void concurrentStatusesEndOnTheFurthestWhateverTheirOrder() throws Exception {
    int messages = 30;
    for (int i = 0; i < messages; i++) {
      record("race-" + i, ACME, "4915112345678", NOON, DeliveryStatus.SENT);
    }
    var pool = Executors.newFixedThreadPool(2);
    try {
      for (int i = 0; i < messages; i++) {
        String providerId = "wamid-race-" + i;
        var start = new CountDownLatch(1);
        List<Future<?>> both = new ArrayList<>();
        for (DeliveryStatus status : List.of(DeliveryStatus.READ, DeliveryStatus.DELIVERED)) {
          both.add(
              pool.submit(
                  () -> {
                    start.await();
                    return log.recordProviderStatus(ACME, providerId, status, NOON.plusSeconds(10));
                  }));
        }
        start.countDown();
        for (Future<?> one : both) {
          one.get(30, TimeUnit.SECONDS);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    for (int i = 0; i < messages; i++) {
      assertThat(log.find(ACME, "race-" + i).orElseThrow().status())
          .as("race-" + i)
          .isEqualTo(DeliveryStatus.READ);
    }
  }

  @Test
  void aStatusThatBeatsTheSendsOutcomeIsAppliedWhenTheOutcomeLands() {
    Completions.join(log.recordAttempt(attempt("early-1", ACME, "4915112345678", NOON)));

    assertThat(
            log.recordProviderStatus(
                ACME, "wamid-early-1", DeliveryStatus.DELIVERED, NOON.plusSeconds(2)))
        .as("no message has that provider id yet")
        .isEmpty();
    Completions.join(
        log.recordOutcome(
            "early-1", "wamid-early-1", DeliveryStatus.SENT, null, null, NOON.plusSeconds(1)));

    MessageRecord found = log.find(ACME, "early-1").orElseThrow();
    assertThat(found.status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(found.history())
        .extracting(MessageRecord.StatusChange::status)
        .containsExactly(DeliveryStatus.ACCEPTED, DeliveryStatus.SENT, DeliveryStatus.DELIVERED);
  }

  @Test
  void anEarlyStatusNeverMovesTheMessageBackwardsNorAppliesTwice() {
    Completions.join(log.recordAttempt(attempt("early-2", ACME, "4915112345678", NOON)));
    log.recordProviderStatus(ACME, "wamid-early-2", DeliveryStatus.SENT, NOON.plusSeconds(1));
    Completions.join(
        log.recordOutcome(
            "early-2", "wamid-early-2", DeliveryStatus.READ, null, null, NOON.plusSeconds(2)));
    log.recordProviderStatus(ACME, "wamid-early-2", DeliveryStatus.DELIVERED, NOON.plusSeconds(3));

    MessageRecord found = log.find(ACME, "early-2").orElseThrow();
    assertThat(found.status()).isEqualTo(DeliveryStatus.READ);
    assertThat(found.history())
        .extracting(MessageRecord.StatusChange::status)
        .as("every step the provider reported, in the order it reported them")
        .containsExactly(
            DeliveryStatus.ACCEPTED,
            DeliveryStatus.SENT,
            DeliveryStatus.READ,
            DeliveryStatus.DELIVERED);
  }

  /**
   * Real threads, real database: each pair races the send's outcome (which stores the provider id)
   * against the provider's DELIVERED webhook for it. Whoever wins, the status is not lost.
   */
  @Test
  void aStatusRacingTheSendsOutcomeIsNeverLost() throws Exception {
    int messages = 30;
    for (int i = 0; i < messages; i++) {
      Completions.join(log.recordAttempt(attempt("racing-" + i, ACME, "4915112345678", NOON)));
    }
    var pool = Executors.newFixedThreadPool(2);
    try {
      for (int i = 0; i < messages; i++) {
        String id = "racing-" + i;
        var start = new CountDownLatch(1);
        Future<?> outcome =
            pool.submit(
                () -> {
                  start.await();
                  return Completions.join(
                      log.recordOutcome(
                          id, "wamid-" + id, DeliveryStatus.SENT, null, null, NOON.plusSeconds(1)));
                });
        Future<?> webhook =
            pool.submit(
                () -> {
                  start.await();
                  return unitOfWork.inTransaction(
                      () ->
                          log.recordProviderStatus(
                              ACME, "wamid-" + id, DeliveryStatus.DELIVERED, NOON.plusSeconds(2)));
                });
        start.countDown();
        outcome.get(30, TimeUnit.SECONDS);
        webhook.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    for (int i = 0; i < messages; i++) {
      MessageRecord found = log.find(ACME, "racing-" + i).orElseThrow();
      assertThat(found.status()).as("racing-" + i).isEqualTo(DeliveryStatus.DELIVERED);
      assertThat(found.history())
          .as("racing-" + i)
          .extracting(MessageRecord.StatusChange::status)
          .containsOnlyOnce(DeliveryStatus.DELIVERED);
    }
  }
}
