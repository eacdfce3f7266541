package com.wagateway.application.fake;

import com.wagateway.domain.channel.ChannelLimits;
import com.wagateway.domain.channel.WebhookEvent;
import com.wagateway.domain.channel.WebhookProbe;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.Channel;
import com.wagateway.domain.port.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A trial channel in memory: fixed limits and events; test events are recorded; calls counted. */
public final class FakeChannel extends FakePort implements Channel {
  public static final ChannelLimits TRIAL =
      new ChannelLimits(100, List.of("573001234567@s.whatsapp.net"), 100, 1000);
  public static final List<WebhookEvent> EVENTS =
      List.of(new WebhookEvent("messages", "post"), new WebhookEvent("statuses", "put"));

  private final List<WebhookProbe> probes = new ArrayList<>();

  public FakeChannel(ProviderId provider, Set<Operation> supported) {
    super(provider, supported);
  }

  public List<WebhookProbe> probes() {
    return List.copyOf(probes);
  }

  @Override
  public Optional<ChannelLimits> limits(ProviderAccount account) {
    called();
    return Optional.of(TRIAL);
  }

  @Override
  public List<WebhookEvent> events(ProviderAccount account) {
    called();
    return EVENTS;
  }

  @Override
  public void testWebhook(ProviderAccount account, WebhookProbe probe) {
    called();
    probes.add(probe);
  }
}
