package com.wagateway.application.providermessage;

import com.wagateway.application.paging.OffsetCursor;
import com.wagateway.application.paging.Page;
import com.wagateway.application.port.SendRateLimit;
import com.wagateway.application.tenant.ProviderRouter;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.message.SentMessage;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.port.ProviderMessages;
import com.wagateway.domain.providermessage.HistoryFilter;
import com.wagateway.domain.providermessage.PinDuration;
import com.wagateway.domain.providermessage.ProviderMessage;

/**
 * Use cases of the message history the provider keeps: list and read it, and act on one message by
 * the provider's id. Each goes to the tenant's provider, after the capability check. A forward is
 * not written to the gateway's own sent messages: the provider sent it, not the send path.
 */
public final class ManageProviderMessages {
  public static final int MAX_PAGE = 100;

  private final TenantResolver tenants;
  private final ProviderRouter router;
  private final SendRateLimit rateLimit;

  public ManageProviderMessages(
      TenantResolver tenants, ProviderRouter router, SendRateLimit rateLimit) {
    this.tenants = tenants;
    this.router = router;
    this.rateLimit = rateLimit;
  }

  /** Paged by position: the cursor carries the provider's offset of the next page. */
  public Page<ProviderMessage> list(
      TenantId tenantId, HistoryFilter filter, String cursor, int limit) {
    int offset = OffsetCursor.offset(cursor, limit, MAX_PAGE);
    ProviderAccount account = account(tenantId);
    return OffsetCursor.page(
        messages(account, Operation.PROVIDER_MESSAGES_LIST).list(account, filter, offset, limit),
        offset,
        limit);
  }

  public ProviderMessage get(TenantId tenantId, String messageId) {
    ProviderAccount account = account(tenantId);
    return messages(account, Operation.PROVIDER_MESSAGES_GET).get(account, messageId);
  }

  public SentMessage forward(TenantId tenantId, String messageId, String to) {
    ProviderAccount account = account(tenantId);
    ProviderMessages port = messages(account, Operation.PROVIDER_MESSAGES_FORWARD);
    rateLimit.acquire(tenantId);
    return port.forward(account, messageId, to);
  }

  public void star(TenantId tenantId, String messageId, boolean starred) {
    ProviderAccount account = account(tenantId);
    messages(account, Operation.PROVIDER_MESSAGES_STAR).star(account, messageId, starred);
  }

  public void pin(TenantId tenantId, String messageId, PinDuration duration) {
    ProviderAccount account = account(tenantId);
    messages(account, Operation.PROVIDER_MESSAGES_PIN).pin(account, messageId, duration);
  }

  public void unpin(TenantId tenantId, String messageId) {
    ProviderAccount account = account(tenantId);
    messages(account, Operation.PROVIDER_MESSAGES_PIN).unpin(account, messageId);
  }

  public void removeReaction(TenantId tenantId, String messageId) {
    ProviderAccount account = account(tenantId);
    messages(account, Operation.PROVIDER_MESSAGES_UNREACT).removeReaction(account, messageId);
  }

  private ProviderAccount account(TenantId tenantId) {
    return tenants.require(tenantId).account();
  }

  private ProviderMessages messages(ProviderAccount account, Operation operation) {
    return router.port(ProviderMessages.class, account, operation);
  }
}
