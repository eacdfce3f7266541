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
import com.wagateway.domain.message.OutboundMessage;
import com.wagateway.domain.message.Recipient;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.Completions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Sends are recorded, and an Idempotency-Key makes a repeat return the first answer. */
class IdempotentSendTest {
  private final FakeProvider whapi = FakeProvider.supportingEverything(ProviderId.WHAPI);
  private final FakeProvider web = FakeProvider.supportingEverything(ProviderId.APIWHATSAPPWEB);
  private final InMemoryMessageLog log = new InMemoryMessageLog();
  private final InMemoryIdempotencyStore keys = new InMemoryIdempotencyStore();
  private final SendMessage send =
      new SendMessage(
          new TenantResolver(new InMemoryTenantDirectory(Tenants.ACME, Tenants.GLOBEX)),
          FakeProvider.router(whapi, web),
          log,
          keys,
          Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC),
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
}
