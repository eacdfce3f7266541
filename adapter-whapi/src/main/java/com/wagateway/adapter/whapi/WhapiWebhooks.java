package com.wagateway.adapter.whapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.wagateway.adapter.whapi.WhapiRequests.Event;
import com.wagateway.adapter.whapi.WhapiRequests.SettingsUpdate;
import com.wagateway.adapter.whapi.WhapiRequests.Webhook;
import com.wagateway.domain.event.WebhookTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@code webhooks} list Whapi holds once the gateway is registered: every receiver found
 * at Whapi, as it was, except an earlier registration of the gateway's URL, then the gateway's own.
 */
final class WhapiWebhooks {
  /**
   * What the gateway reads: messages (new ones, and reactions, edits, deletions and poll votes,
   * which Whapi sends as messages of type {@code action}), offline messages caught up later ({@code
   * put}), their statuses, channel health, login and logout.
   */
  static final List<Event> EVENTS =
      List.of(
          new Event("messages", "post"),
          new Event("messages", "put"),
          new Event("statuses", "post"),
          new Event("statuses", "put"),
          new Event("channel", "post"),
          new Event("users", "post"),
          new Event("users", "delete"));

  private WhapiWebhooks() {}

  /** The gateway's entry: the payload in the body, the tenant's secret in a header. */
  static Webhook gateway(WebhookTarget target) {
    if (!target.hasHeader()) {
      throw new IllegalArgumentException("A Whapi webhook target needs a secret header");
    }
    return new Webhook(
        target.url().toString(),
        "body",
        Map.of(target.headerName(), target.headerValue().reveal()),
        EVENTS);
  }

  /** {@code current} is Whapi's list ({@code null} when it has none). */
  static SettingsUpdate replacing(List<JsonNode> current, Webhook gateway) {
    List<JsonNode> webhooks = new ArrayList<>();
    if (current != null) {
      current.stream().filter(entry -> !sameUrl(entry, gateway.url())).forEach(webhooks::add);
    }
    webhooks.add(WhapiJson.MAPPER.valueToTree(gateway));
    return new SettingsUpdate(webhooks);
  }

  private static boolean sameUrl(JsonNode entry, String url) {
    return entry != null && url.equals(entry.path("url").asText(null));
  }
}
