package com.wagateway.application.channel;

import com.wagateway.application.tenant.ProviderRouter;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.channel.ChannelLimits;
import com.wagateway.domain.channel.WebhookEvent;
import com.wagateway.domain.channel.WebhookProbe;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Channel;
import com.wagateway.domain.port.Operation;
import java.util.List;
import java.util.Optional;

/**
 * Use cases of the tenant's channel at its provider: its trial limits, the events its webhooks can
 * carry, a test event sent to a URL. Each goes to the tenant's provider, after the capability
 * check.
 */
public final class ManageChannel {
  private final TenantResolver tenants;
  private final ProviderRouter router;

  public ManageChannel(TenantResolver tenants, ProviderRouter router) {
    this.tenants = tenants;
    this.router = router;
  }

  /** Empty when the channel has no limits. */
  public Optional<ChannelLimits> limits(TenantId tenantId) {
    ProviderAccount account = account(tenantId);
    return channel(account, Operation.CHANNEL_LIMITS).limits(account);
  }

  public List<WebhookEvent> events(TenantId tenantId) {
    ProviderAccount account = account(tenantId);
    return channel(account, Operation.CHANNEL_EVENTS).events(account);
  }

  public void testWebhook(TenantId tenantId, WebhookProbe probe) {
    ProviderAccount account = account(tenantId);
    channel(account, Operation.CHANNEL_WEBHOOK_TEST).testWebhook(account, probe);
  }

  private ProviderAccount account(TenantId tenantId) {
    return tenants.require(tenantId).account();
  }

  private Channel channel(ProviderAccount account, Operation operation) {
    return router.port(Channel.class, account, operation);
  }
}
