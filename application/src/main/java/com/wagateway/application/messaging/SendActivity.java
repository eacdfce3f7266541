package com.wagateway.application.messaging;

import com.wagateway.application.port.MessageLog;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.model.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Use case: how a tenant's sends went over the last hour, minute by minute, from the gateway's own
 * message log (the provider is not asked). Sends refused before they were recorded (invalid, over
 * the rate limit) are not in it.
 */
public final class SendActivity {
  /** The window: this minute and the 59 before it. */
  public static final int MINUTES = 60;

  private final TenantResolver tenants;
  private final MessageLog log;
  private final Clock clock;

  public SendActivity(TenantResolver tenants, MessageLog log, Clock clock) {
    this.tenants = tenants;
    this.log = log;
    this.clock = clock;
  }

  public SendsPerMinute lastHour(TenantId tenant) {
    tenants.require(tenant);
    long first = clock.instant().getEpochSecond() / 60 - (MINUTES - 1);
    List<Map<SendOutcome, Long>> counts = new ArrayList<>(MINUTES);
    for (int i = 0; i < MINUTES; i++) {
      counts.add(new EnumMap<>(SendOutcome.class));
    }
    for (SendCount count : log.countSends(tenant, Instant.ofEpochSecond(first * 60))) {
      long index = count.epochMinute() - first;
      if (index >= 0 && index < MINUTES) { // a clock step back can leave a send in the future
        counts.get((int) index).merge(SendOutcome.of(count.status()), count.count(), Long::sum);
      }
    }
    List<SendsPerMinute.Minute> minutes = new ArrayList<>(MINUTES);
    for (int i = 0; i < MINUTES; i++) {
      minutes.add(
          new SendsPerMinute.Minute(Instant.ofEpochSecond((first + i) * 60), counts.get(i)));
    }
    return new SendsPerMinute(minutes);
  }
}
