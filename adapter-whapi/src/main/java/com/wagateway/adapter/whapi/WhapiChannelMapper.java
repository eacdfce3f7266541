package com.wagateway.adapter.whapi;

import com.wagateway.domain.channel.ChannelLimits;
import com.wagateway.domain.channel.WebhookEvent;
import com.wagateway.domain.channel.WebhookProbe;
import com.wagateway.domain.model.ProviderAccount;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Whapi's channel bodies ({@code Trial limits}, {@code Event}, the webhook test request), reduced
 * to the fields the gateway reads, and their mapping to and from the domain.
 */
final class WhapiChannelMapper {
  /**
   * The test event goes in the request body, as the gateway's own webhooks do; Whapi's other modes
   * ({@code path}, {@code method}) would change how the URL is called, not whether it answers.
   */
  static final String MODE = "body";

  private WhapiChannelMapper() {}

  /** {@code Trial limits}: every field is required. */
  record Limits(Integer messages, List<String> chats, Integer checks, Integer requests) {}

  /** {@code Event}: a {@code WebhookEventType} and its method. */
  record Event(String type, String method) {}

  /** The webhook test request: {@code url}, {@code type} and {@code mode} are required. */
  record WebhookTest(String url, String type, String mode) {}

  static ChannelLimits limits(ProviderAccount account, Limits answer) {
    if (answer.messages() == null
        || answer.chats() == null
        || answer.checks() == null
        || answer.requests() == null) {
      throw WhapiJson.notAsDocumented(account, "limits");
    }
    return new ChannelLimits(
        answer.messages(),
        answer.chats().stream().filter(Objects::nonNull).toList(),
        answer.checks(),
        answer.requests());
  }

  /** Entries without a type are left out: no webhook could ask for them. */
  static List<WebhookEvent> events(Event[] answer) {
    return Arrays.stream(answer)
        .filter(event -> event != null && event.type() != null)
        .map(event -> new WebhookEvent(event.type(), event.method()))
        .toList();
  }

  static WebhookTest request(WebhookProbe probe) {
    return new WebhookTest(probe.url(), probe.eventType(), MODE);
  }
}
