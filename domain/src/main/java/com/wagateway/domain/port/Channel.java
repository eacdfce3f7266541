package com.wagateway.domain.port;

import com.wagateway.domain.channel.ChannelLimits;
import com.wagateway.domain.channel.WebhookEvent;
import com.wagateway.domain.channel.WebhookProbe;
import com.wagateway.domain.model.ProviderAccount;
import java.util.List;
import java.util.Optional;

/**
 * The provider's channel behind one account, beyond its status and settings: its trial limits, the
 * events its webhooks can carry, and a test event sent to a URL.
 */
public interface Channel extends ProviderPort {

  /** Empty for a channel without limits (a paid one). */
  @SafeToRepeat
  Optional<ChannelLimits> limits(ProviderAccount account);

  @SafeToRepeat
  List<WebhookEvent> events(ProviderAccount account);

  /** Not repeated: each call sends one more test event to the URL. */
  void testWebhook(ProviderAccount account, WebhookProbe probe);
}
