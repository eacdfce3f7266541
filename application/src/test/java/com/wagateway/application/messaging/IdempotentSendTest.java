package com.wagateway.application.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.application.fake.FakeProvider;
import com.wagateway.application.fake.InMemoryIdempotencyStore;
import com.wagateway.application.fake.InMemoryMessageLog;
import com.wagateway.application.fake.InMemoryTenantDirectory;
import com.wagateway.application.fake.Tenants;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.error.GatewayException;
import com.wagateway.domain.error.ProviderException;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.message.MessageContent;
import com.wagateway.domain.message.MessageType;
import com.wagateway.domain.message.OutboundMessage;
import com.wagateway.domain.message.Recipient;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.Completions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Sends are recorded, and an Idempotency-Key makes a repeat return the first answer. */
class IdempotentSendTest {
  private final FakeProvider whapi = FakeProvider.supportingEverything(ProviderId.WHAPI);
  private final FakeProvider web = FakeProvider.supportingEverything(ProviderId.APIWHATSAPPWEB);
  private final InMemoryMessageLog log = new InMemoryMessageLog();
  private final InMemoryIdempotencyStore keys = new InMemoryIdempotencyStore();
  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-11-22T10:00:00Z"));
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };
  private final SendMessage send =
      new SendMessage(
          new TenantResolver(new InMemoryTenantDirectory(Tenants.ACME, Tenants.GLOBEX)),
          FakeProvider.router(whapi, web),
          log,
          keys,
          clock,
          UUID::randomUUID);

  private static OutboundMessage text(String to, String body) {
    return new OutboundMessage(Recipient.parse(to), new MessageContent.Text(body, null, null));
  }

  @Test
  void recordsEverySendWithItsOutcome() {
    MessageReceipt receipt =
        Completions.join(send.send(Tenants.ACME_ID, text("+573001234567", "Hi")));

    MessageRecord record = log.find(Tenants.ACME_ID, receipt.id()).orElseThrow();
    assertThat(record.recipient()).isEqualTo("573001234567");
    assertThat(record.history())
        .extracting(MessageRecord.StatusChange::status)
        .containsExactly(DeliveryStatus.ACCEPTED, receipt.status());
  }

  @Test
  void recordsAFailedSendWithTheErrorCode() {
    whapi.sender().failWith(ProviderException.unavailable(Tenants.ACME.account(), null));

    assertThatThrownBy(
            () -> Completions.join(send.send(Tenants.ACME_ID, text("+573001234567", "Hi"))))
        .isInstanceOf(GatewayException.class);

    MessageRecord record = log.all().get(0);
    assertThat(record.status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(record.errorCode()).isEqualTo("PROVIDER_UNAVAILABLE");
  }

  @Test
  void aRepeatWithTheSameKeyAndBodyReturnsTheFirstAnswerWithoutSendingAgain() {
    MessageReceipt first =
        Completions.join(send.send(Tenants.ACME_ID, text("+573001234567", "Hi"), "order-1042"));
    MessageReceipt again =
        Completions.join(send.send(Tenants.ACME_ID, text("57 300 123 4567", "Hi"), "order-1042"));

    assertThat(again).isEqualTo(first);
    assertThat(whapi.sender().calls()).hasSize(1);
  }

  @Test
  void theSameKeyWithAnotherBodyIsRefused() {
    Completions.join(send.send(Tenants.ACME_ID, text("+573001234567", "Hi"), "order-1042"));

    assertThatThrownBy(
            () ->
                Completions.join(
                    send.send(Tenants.ACME_ID, text("+573001234567", "Bye"), "order-1042")))
        .isInstanceOf(GatewayException.class)
        .satisfies(
            e ->
                assertThat(((GatewayException) e).code())
                    .isEqualTo(ErrorCode.IDEMPOTENCY_KEY_REUSED));
    assertThat(whapi.sender().calls()).hasSize(1);
  }

  @Test
  void keysBelongToOneTenant() {
    Completions.join(send.send(Tenants.ACME_ID, text("+573001234567", "Hi"), "shared-key"));
    Completions.join(send.send(Tenants.GLOBEX_ID, text("+573001234567", "Hi"), "shared-key"));

    assertThat(whapi.sender().calls()).hasSize(1);
    assertThat(web.sender().calls()).hasSize(1);
  }

  @Test
  void aFailedSendFreesItsKeyForARetry() {
    whapi.sender().failWith(ProviderException.unavailable(Tenants.ACME.account(), null));
    assertThatThrownBy(
            () ->
                Completions.join(
                    send.send(Tenants.ACME_ID, text("+573001234567", "Hi"), "retry-me")))
        .isInstanceOf(GatewayException.class);
    whapi.sender().succeed();

    Completions.join(send.send(Tenants.ACME_ID, text("+573001234567", "Hi"), "retry-me"));

    assertThat(log.all())
        .extracting(MessageRecord::status)
        .containsExactly(DeliveryStatus.FAILED, DeliveryStatus.SENT);
  }

  /** Another request, for a text "Hi", reserved {@code key} for {@code messageId} just now. */
  private void reservedByAnotherRequest(String key, String messageId) {
    keys.reserve(
        Tenants.ACME_ID,
        key,
        Fingerprints.of(text("+573001234567", "Hi")),
        messageId,
        now.get(),
        SendMessage.IDEMPOTENCY_WINDOW,
        now.get().plus(SendMessage.RESERVATION_LEASE));
  }

  /** The lease of every reservation made so far runs out. */
  private void afterTheLease() {
    now.set(now.get().plus(SendMessage.RESERVATION_LEASE).plus(Duration.ofSeconds(1)));
  }

  static Stream<ProviderException> answersThatMayHaveSent() {
    return Stream.of(
        ProviderException.timeout(Tenants.ACME.account(), null),
        ProviderException.error(Tenants.ACME.account(), null, "connection reset", null),
        ProviderException.error(Tenants.ACME.account(), 502, "bad gateway", null));
  }

  @ParameterizedTest
  @MethodSource("answersThatMayHaveSent")
  void anAmbiguousAnswerKeepsTheKeyBoundToTheMessageRecordedUnknown(ProviderException lost) {
    whapi.sender().failWith(lost);
    assertThatThrownBy(
            () -> Completions.join(send.send(Tenants.ACME_ID, text("+573001234567", "Hi"), "k-1")))
        .isInstanceOf(ProviderException.class)
        .hasMessageContaining("recorded as UNKNOWN");
    whapi.sender().succeed();

    MessageReceipt retry =
        Completions.join(send.send(Tenants.ACME_ID, text("+573001234567", "Hi"), "k-1"));

    assertThat(retry.status()).isEqualTo(DeliveryStatus.UNKNOWN);
    assertThat(whapi.sender().calls()).as("the retry reached the provider").isEmpty();
    MessageRecord record = log.all().get(0);
    assertThat(record.id()).isEqualTo(retry.id());
    assertThat(record.errorCode()).isEqualTo(lost.code().name());
    assertThat(record.history())
        .extracting(MessageRecord.StatusChange::status)
        .containsExactly(DeliveryStatus.ACCEPTED, DeliveryStatus.UNKNOWN);
  }

  @Test
  void aRefusalFromTheProviderProvesNothingWentOutAndFreesTheKey() {
    whapi.sender().failWith(ProviderException.rejected(Tenants.ACME.account(), 400, "bad number"));
    assertThatThrownBy(
            () -> Completions.join(send.send(Tenants.ACME_ID, text("+573001234567", "Hi"), "k-2")))
        .isInstanceOf(ProviderException.class);
    whapi.sender().succeed();

    Completions.join(send.send(Tenants.ACME_ID, text("+573001234567", "Hi"), "k-2"));

    assertThat(whapi.sender().calls()).as("the retry reached the provider").hasSize(1);
  }

  @Test
  void aSendWhoseOutcomeCouldNotBeRecordedAnswersWhatTheProviderSaidAndIsNeverSentAgain() {
    log.refuseOutcomes();
    MessageReceipt first =
        Completions.join(send.send(Tenants.ACME_ID, text("+573001234567", "Hi"), "k-3"));
    log.acceptOutcomes();

    MessageReceipt retry =
        Completions.join(send.send(Tenants.ACME_ID, text("+573001234567", "Hi"), "k-3"));

    assertThat(first.status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(retry.id()).isEqualTo(first.id());
    assertThat(retry.status()).isEqualTo(DeliveryStatus.UNKNOWN);
    assertThat(log.find(Tenants.ACME_ID, first.id()).orElseThrow().errorCode())
        .isEqualTo("OUTCOME_LOST");
    assertThat(whapi.sender().calls()).hasSize(1);
  }

  @Test
  void aReservationWhoseSenderStoppedBeforeRecordingIsTakenOverAfterItsLeaseAndSentOnce() {
    reservedByAnotherRequest("k-4", "crashed-before-attempt");

    assertThatThrownBy(
            () -> Completions.join(send.send(Tenants.ACME_ID, text("+573001234567", "Hi"), "k-4")))
        .satisfies(
            e ->
                assertThat(((GatewayException) e).code())
                    .isEqualTo(ErrorCode.IDEMPOTENCY_KEY_IN_PROGRESS));
    afterTheLease();
    MessageReceipt taken =
        Completions.join(send.send(Tenants.ACME_ID, text("+573001234567", "Hi"), "k-4"));
    MessageReceipt again =
        Completions.join(send.send(Tenants.ACME_ID, text("+573001234567", "Hi"), "k-4"));

    assertThat(taken.id()).isEqualTo("crashed-before-attempt");
    assertThat(taken.status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(again).isEqualTo(taken);
    assertThat(whapi.sender().calls()).hasSize(1);
  }

  @Test
  void aReservationWhoseSenderStoppedMidSendIsTakenOverAsUnknownAndNeverSent() {
    // A gateway stopped between its recorded attempt and the outcome: only the attempt is there.
    reservedByAnotherRequest("k-5", "crashed-mid-send");
    log.recordAttempt(
        new MessageRecord(
            "crashed-mid-send",
            Tenants.ACME_ID,
            ProviderId.WHAPI,
            null,
            "573001234567",
            MessageType.TEXT,
            DeliveryStatus.ACCEPTED,
            now.get(),
            now.get(),
            null,
            null,
            List.of(new MessageRecord.StatusChange(DeliveryStatus.ACCEPTED, now.get()))));
    afterTheLease();

    MessageReceipt taken =
        Completions.join(send.send(Tenants.ACME_ID, text("+573001234567", "Hi"), "k-5"));

    assertThat(taken.id()).isEqualTo("crashed-mid-send");
    assertThat(taken.status()).isEqualTo(DeliveryStatus.UNKNOWN);
    assertThat(whapi.sender().calls()).isEmpty();
  }

  @Test
  void anotherBodyCannotTakeOverAnAbandonedKey() {
    reservedByAnotherRequest("k-6", "abandoned");
    afterTheLease();

    assertThatThrownBy(
            () -> Completions.join(send.send(Tenants.ACME_ID, text("+573001234567", "Bye"), "k-6")))
        .satisfies(
            e ->
                assertThat(((GatewayException) e).code())
                    .isEqualTo(ErrorCode.IDEMPOTENCY_KEY_REUSED));
    assertThat(whapi.sender().calls()).isEmpty();
  }
}
