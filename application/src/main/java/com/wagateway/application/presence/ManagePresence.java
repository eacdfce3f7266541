package com.wagateway.application.presence;

import com.wagateway.application.tenant.ProviderRouter;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.port.Presences;
import com.wagateway.domain.presence.ContactPresence;
import com.wagateway.domain.presence.OwnPresence;

/**
 * Use cases of presence: set the account's own, subscribe to a chat's and read it. Each goes to the
 * tenant's provider, after the capability check.
 */
public final class ManagePresence {
  private final TenantResolver tenants;
  private final ProviderRouter router;

  public ManagePresence(TenantResolver tenants, ProviderRouter router) {
    this.tenants = tenants;
    this.router = router;
  }

  public void setOwn(TenantId tenantId, OwnPresence presence) {
    ProviderAccount account = account(tenantId);
    presences(account, Operation.PRESENCE_OWN).setOwn(account, presence);
  }

  public ContactPresence get(TenantId tenantId, String chatId) {
    ProviderAccount account = account(tenantId);
    return presences(account, Operation.PRESENCE_READ).get(account, chatId);
  }

  public void subscribe(TenantId tenantId, String chatId) {
    ProviderAccount account = account(tenantId);
    presences(account, Operation.PRESENCE_SUBSCRIBE).subscribe(account, chatId);
  }

  private ProviderAccount account(TenantId tenantId) {
    return tenants.require(tenantId).account();
  }

  private Presences presences(ProviderAccount account, Operation operation) {
    return router.port(Presences.class, account, operation);
  }
}
