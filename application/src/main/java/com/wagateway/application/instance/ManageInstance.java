package com.wagateway.application.instance;

import com.wagateway.application.tenant.ProviderRouter;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.instance.InstanceState;
import com.wagateway.domain.instance.QrCode;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Operation;

/** Use cases: watch a tenant's WhatsApp session, link it with a QR code, end it. */
public final class ManageInstance {
  private final TenantResolver tenants;
  private final ProviderRouter router;

  public ManageInstance(TenantResolver tenants, ProviderRouter router) {
    this.tenants = tenants;
    this.router = router;
  }

  public InstanceReport status(TenantId tenantId) {
    ProviderAccount account = tenants.require(tenantId).account();
    InstanceState state = router.instance(account, Operation.INSTANCE_STATUS).status(account);
    return new InstanceReport(account.provider(), state);
  }

  public QrCode qr(TenantId tenantId) {
    ProviderAccount account = tenants.require(tenantId).account();
    return router.instance(account, Operation.INSTANCE_QR).qr(account);
  }

  public void logout(TenantId tenantId) {
    ProviderAccount account = tenants.require(tenantId).account();
    router.instance(account, Operation.INSTANCE_LOGOUT).logout(account);
  }
}
