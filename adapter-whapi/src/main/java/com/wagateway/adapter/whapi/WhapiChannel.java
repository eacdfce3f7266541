package com.wagateway.adapter.whapi;

import com.wagateway.adapter.whapi.WhapiChannelMapper.Event;
import com.wagateway.adapter.whapi.WhapiChannelMapper.Limits;
import com.wagateway.adapter.whapi.WhapiResponses.Success;
import com.wagateway.domain.channel.ChannelLimits;
import com.wagateway.domain.channel.WebhookEvent;
import com.wagateway.domain.channel.WebhookProbe;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.Channel;
import com.wagateway.domain.port.Operation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The channel through Whapi's {@code /limits} and {@code /settings/...} endpoints. Whapi answers
 * {@code GET /limits} with 204 for a channel without limits.
 */
@ApplicationScoped
public class WhapiChannel implements Channel {
  private final WhapiApi api;

  @Inject
  WhapiChannel(WhapiApi api) {
    this.api = api;
  }

  @Override
  public ProviderId provider() {
    return ProviderId.WHAPI;
  }

  @Override
  public Set<Operation> supportedOperations() {
    return EnumSet.of(
        Operation.CHANNEL_LIMITS, Operation.CHANNEL_EVENTS, Operation.CHANNEL_WEBHOOK_TEST);
  }

  @Override
  @Reaches("GET /limits")
  public Optional<ChannelLimits> limits(ProviderAccount account) {
    return api.callUnlessNoContent(
            account, WhapiChannelClient.class, Limits.class, (c, a) -> c.limits(a))
        .map(limits -> WhapiChannelMapper.limits(account, limits));
  }

  @Override
  @Reaches("GET /settings/events")
  public List<WebhookEvent> events(ProviderAccount account) {
    return WhapiChannelMapper.events(
        api.call(account, WhapiChannelClient.class, Event[].class, (c, a) -> c.events(a)));
  }

  @Override
  @Reaches("POST /settings/webhook_test")
  public void testWebhook(ProviderAccount account, WebhookProbe probe) {
    WhapiJson.requireSuccess(
        account,
        api.call(
            account,
            WhapiChannelClient.class,
            Success.class,
            (c, a) -> c.webhookTest(a, WhapiChannelMapper.request(probe))));
  }
}
