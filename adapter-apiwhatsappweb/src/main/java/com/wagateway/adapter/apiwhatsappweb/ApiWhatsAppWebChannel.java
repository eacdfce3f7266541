package com.wagateway.adapter.apiwhatsappweb;

import com.wagateway.domain.channel.ChannelLimits;
import com.wagateway.domain.channel.WebhookEvent;
import com.wagateway.domain.channel.WebhookProbe;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.port.Channel;
import com.wagateway.domain.port.Operation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * API WhatsApp Web documents no channel limits, event list or webhook test: it declares none of
 * them, so the gateway answers 501 before calling it; a direct call is refused the same way.
 */
@ApplicationScoped
public class ApiWhatsAppWebChannel extends NoEndpoints implements Channel {

  ApiWhatsAppWebChannel() {
    super("API WhatsApp Web has no channel limits, event list or webhook test");
  }

  @Override
  public Optional<ChannelLimits> limits(ProviderAccount account) {
    throw unsupported(account, Operation.CHANNEL_LIMITS);
  }

  @Override
  public List<WebhookEvent> events(ProviderAccount account) {
    throw unsupported(account, Operation.CHANNEL_EVENTS);
  }

  @Override
  public void testWebhook(ProviderAccount account, WebhookProbe probe) {
    throw unsupported(account, Operation.CHANNEL_WEBHOOK_TEST);
  }
}
