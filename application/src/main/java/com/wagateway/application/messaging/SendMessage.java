package com.wagateway.application.messaging;

import com.wagateway.application.tenant.ProviderRouter;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.message.OutboundMessage;
import com.wagateway.domain.message.SentMessage;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Operation;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

/** Use case: send one message for a tenant through whichever provider it is bound to now. */
public final class SendMessage {
  private final TenantResolver tenants;
  private final ProviderRouter router;
  private final Clock clock;
  private final Supplier<UUID> ids;

  public SendMessage(
      TenantResolver tenants, ProviderRouter router, Clock clock, Supplier<UUID> ids) {
    this.tenants = tenants;
    this.router = router;
    this.clock = clock;
    this.ids = ids;
  }

  public MessageReceipt send(TenantId tenantId, OutboundMessage message) {
    ProviderAccount account = tenants.require(tenantId).account();
    SentMessage sent =
        router.sender(account, Operation.sending(message.type())).send(account, message);
    return new MessageReceipt(
        ids.get().toString(),
        sent.providerMessageId(),
        account.provider(),
        tenantId,
        message.to().value(),
        message.type(),
        sent.status(),
        clock.instant());
  }
}
