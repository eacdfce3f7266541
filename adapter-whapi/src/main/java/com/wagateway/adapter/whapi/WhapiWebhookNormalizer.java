package com.wagateway.adapter.whapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.wagateway.domain.event.Normalized;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.WebhookNormalizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Reads Whapi's webhooks ({@code messages}, {@code statuses}, {@code channel}, {@code users}
 * logout) into inbound events.
 *
 * <p>Dedup keys are {@code whapi:<channel_id>:} (the same message id reaches both ends when two
 * gateway channels talk to each other) followed by {@code message:<id>}, {@code action:<id>} (a
 * reaction, edit, deletion or vote is a message of its own), {@code
 * status:<id>:<DeliveryStatus>[:<group member>]}, {@code channel:<start_at>:<status.text>:<uptime>}
 * (uptime tells two reports of one session apart) or {@code logout:<user.id>}. They depend only on
 * the payload, so a redelivery gets the same key.
 */
@ApplicationScoped
public class WhapiWebhookNormalizer implements WebhookNormalizer {
  private final Clock clock;

  @Inject
  WhapiWebhookNormalizer() {
    this(Clock.systemUTC());
  }

  WhapiWebhookNormalizer(Clock clock) {
    this.clock = clock;
  }

  @Override
  public ProviderId provider() {
    return ProviderId.WHAPI;
  }

  @Override
  public Normalized normalize(String payload) {
    JsonNode root = parse(payload);
    if (root == null || !root.isObject()) {
      return Normalized.notUnderstood();
    }
    WhapiWebhookReading reading = new WhapiWebhookReading();
    read(root, reading);
    return reading.result();
  }

  private void read(JsonNode root, WhapiWebhookReading reading) {
    String channel = WhapiWebhookFields.text(root, "channel_id");
    String keyPrefix = "whapi:" + (channel == null ? "-" : channel) + ":";
    String type = WhapiWebhookFields.text(root, "event", "type");
    String action = WhapiWebhookFields.text(root, "event", "event");
    switch (type == null ? "" : type) {
      case "messages" -> {
        if ("post".equals(action) || "put".equals(action)) {
          WhapiWebhookMessages.messages(root.path("messages"), keyPrefix, reading);
        } else {
          // patch/delete carry updates and removed ids; edits and deletions arrive as actions.
          reading.notUnderstood();
        }
      }
      case "statuses" -> WhapiWebhookMessages.statuses(root.path("statuses"), keyPrefix, reading);
      case "channel" -> WhapiWebhookSession.channel(root, keyPrefix, clock, reading);
      case "users" -> {
        if ("delete".equals(action)) {
          WhapiWebhookSession.logout(root, keyPrefix, clock, reading);
        } else {
          reading.notUnderstood();
        }
      }
      default -> reading.notUnderstood();
    }
  }

  private static JsonNode parse(String payload) {
    if (payload == null) {
      return null;
    }
    try {
      return WhapiJson.MAPPER.readTree(payload);
    } catch (JsonProcessingException malformed) {
      return null;
    }
  }
}
