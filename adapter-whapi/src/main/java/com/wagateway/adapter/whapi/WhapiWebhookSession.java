package com.wagateway.adapter.whapi;

import static com.wagateway.adapter.whapi.WhapiWebhookFields.epochSeconds;
import static com.wagateway.adapter.whapi.WhapiWebhookFields.number;
import static com.wagateway.adapter.whapi.WhapiWebhookFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.wagateway.domain.event.InboundEvent.InstanceStatusChanged;
import com.wagateway.domain.instance.ConnectionState;
import com.wagateway.domain.model.ProviderId;
import java.time.Clock;
import java.time.Instant;

/** Reads Whapi's {@code channel} (health) and {@code users} (logout) webhooks as state changes. */
final class WhapiWebhookSession {
  // A century: a larger uptime is garbage, not a time to add.
  private static final long MAX_UPTIME_SECONDS = 3_155_760_000L;

  private WhapiWebhookSession() {}

  /**
   * The state word is mapped as {@code GET /health} maps it. The payload carries no event time, so
   * it is the channel's {@code start_at} plus its {@code uptime} (the same on a redelivery), or now
   * when either is missing.
   */
  static void channel(JsonNode root, String keyPrefix, Clock clock, WhapiWebhookReading reading) {
    JsonNode health = root.path("health");
    String text = text(health, "status", "text");
    if (text == null) {
      reading.notUnderstood();
      return;
    }
    Long startAt = number(health, "start_at");
    Long uptime = number(health, "uptime");
    String key = keyPrefix + "channel:" + startAt + ":" + text + ":" + uptime;
    reading.add(
        new InstanceStatusChanged(
            ProviderId.WHAPI,
            key,
            occurredAt(health, uptime, clock),
            WhapiChannelStates.of(text),
            text));
  }

  private static Instant occurredAt(JsonNode health, Long uptime, Clock clock) {
    return epochSeconds(health, "start_at")
        .filter(start -> uptime != null && uptime >= 0 && uptime <= MAX_UPTIME_SECONDS)
        .map(start -> start.plusSeconds(uptime))
        .orElseGet(clock::instant);
  }

  /** A logout carries no time at all: it is stamped now, and keyed by the user logged out. */
  static void logout(JsonNode root, String keyPrefix, Clock clock, WhapiWebhookReading reading) {
    String key = keyPrefix + "logout:" + text(root, "user", "id");
    reading.add(
        new InstanceStatusChanged(
            ProviderId.WHAPI, key, clock.instant(), ConnectionState.DISCONNECTED, "logout"));
  }
}
