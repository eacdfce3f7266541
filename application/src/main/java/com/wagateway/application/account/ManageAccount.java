package com.wagateway.application.account;

import com.wagateway.application.tenant.ProviderRouter;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.account.AccountInfo;
import com.wagateway.domain.account.PairingCode;
import com.wagateway.domain.contact.ContactId;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Account;
import com.wagateway.domain.port.Operation;

/**
 * Use cases of the provider account: a pairing code to link the number, the "About" text, the
 * provider's account information. Each goes to the tenant's provider, after the capability check.
 */
public final class ManageAccount {
  private final TenantResolver tenants;
  private final ProviderRouter router;

  public ManageAccount(TenantResolver tenants, ProviderRouter router) {
    this.tenants = tenants;
    this.router = router;
  }

  public PairingCode pairingCode(TenantId tenantId, ContactId phone) {
    ProviderAccount account = account(tenantId);
    return port(account, Operation.ACCOUNT_PAIRING_CODE).pairingCode(account, phone);
  }

  public void setAbout(TenantId tenantId, String about) {
    ProviderAccount account = account(tenantId);
    port(account, Operation.ACCOUNT_ABOUT).setAbout(account, about);
  }

  public AccountInfo info(TenantId tenantId) {
    ProviderAccount account = account(tenantId);
    return port(account, Operation.ACCOUNT_INFO).info(account);
  }

  private ProviderAccount account(TenantId tenantId) {
    return tenants.require(tenantId).account();
  }

  private Account port(ProviderAccount account, Operation operation) {
    return router.port(Account.class, account, operation);
  }
}
