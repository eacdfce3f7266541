package com.wagateway.application.messaging;

import static com.wagateway.application.fake.Tenants.ACME;
import static com.wagateway.application.fake.Tenants.ACME_ID;
import static com.wagateway.application.fake.Tenants.GLOBEX;
import static com.wagateway.application.fake.Tenants.GLOBEX_ID;
import static com.wagateway.application.fake.Tenants.UNKNOWN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.application.fake.InMemoryMessageLog;
import com.wagateway.application.fake.InMemoryTenantDirectory;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.error.TenantNotFoundException;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.message.MessageType;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Completions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SendActivityTest {
  /** 30 s into the minute 12:00: the window is 11:01 to 12:00. */
  private static final Instant NOW = Instant.parse("2026-11-30T12:00:30Z");

  private final InMemoryMessageLog log = new InMemoryMessageLog();
  private final SendActivity activity =
      new SendActivity(
          new TenantResolver(new InMemoryTenantDirectory(ACME, GLOBEX)),
          log,
          Clock.fixed(NOW, ZoneOffset.UTC));
  private int sends;

  @Test
  void everyMinuteOfTheLastHourIsThereOldestFirstEmptyOnesAtZero() {
    SendsPerMinute hour = activity.lastHour(ACME_ID);

    assertThat(hour.minutes()).hasSize(60);
    assertThat(hour.minutes().get(0).start()).isEqualTo(Instant.parse("2026-11-30T11:01:00Z"));
    assertThat(hour.minutes().get(59).start()).isEqualTo(Instant.parse("2026-11-30T12:00:00Z"));
    for (SendOutcome outcome : SendOutcome.values()) {
      assertThat(hour.total(outcome)).isZero();
    }
  }

  @Test
  void sendsAreCountedInTheMinuteTheyStartedByTheirOutcomeNow() {
    send(ACME_ID, "2026-11-30T11:01:00Z", DeliveryStatus.READ);
    send(ACME_ID, "2026-11-30T11:01:59.999Z", DeliveryStatus.DELIVERED);
    send(ACME_ID, "2026-11-30T11:30:10Z", DeliveryStatus.FAILED);
    send(ACME_ID, "2026-11-30T12:00:29Z", DeliveryStatus.SENT);
    send(ACME_ID, "2026-11-30T12:00:29Z", DeliveryStatus.ACCEPTED);
    send(ACME_ID, "2026-11-30T12:00:01Z", DeliveryStatus.UNKNOWN);

    SendsPerMinute hour = activity.lastHour(ACME_ID);

    assertThat(hour.minutes().get(0).count(SendOutcome.SENT)).isEqualTo(2);
    assertThat(hour.minutes().get(29).count(SendOutcome.FAILED)).isEqualTo(1);
    SendsPerMinute.Minute last = hour.minutes().get(59);
    assertThat(List.of(SendOutcome.values()).stream().map(last::count))
        .containsExactly(1L, 0L, 1L, 1L); // SENT, FAILED, UNKNOWN, ACCEPTED
    assertThat(hour.total(SendOutcome.SENT)).isEqualTo(3);
  }

  @Test
  void sendsBeforeTheWindowAndOtherTenantsSendsAreLeftOut() {
    send(ACME_ID, "2026-11-30T11:00:59Z", DeliveryStatus.SENT);
    send(GLOBEX_ID, "2026-11-30T11:45:00Z", DeliveryStatus.SENT);

    assertThat(activity.lastHour(ACME_ID).total(SendOutcome.SENT)).isZero();
    assertThat(activity.lastHour(GLOBEX_ID).total(SendOutcome.SENT)).isEqualTo(1);
  }

  @Test
  void aSendStampedAfterNowByAClockStepIsLeftOutNotAFailure() {
    send(ACME_ID, "2026-11-30T12:05:00Z", DeliveryStatus.SENT);

    assertThat(activity.lastHour(ACME_ID).total(SendOutcome.SENT)).isZero();
  }

  @Test
  void anUnknownTenantIsNotFound() {
    assertThatThrownBy(() -> activity.lastHour(UNKNOWN_ID))
        .isInstanceOf(TenantNotFoundException.class);
  }

  private void send(TenantId tenant, String at, DeliveryStatus status) {
    String id = "m-" + ++sends;
    Instant created = Instant.parse(at);
    Completions.join(
        log.recordAttempt(
            new MessageRecord(
                id,
                tenant,
                ProviderId.WHAPI,
                null,
                "573001234567",
                MessageType.TEXT,
                DeliveryStatus.ACCEPTED,
                created,
                created,
                null,
                null,
                List.of())));
    if (status != DeliveryStatus.ACCEPTED) {
      Completions.join(log.recordOutcome(id, "wamid-" + id, status, null, null, created));
    }
  }
}
