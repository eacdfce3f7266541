package com.wagateway.application.profile;

import com.wagateway.application.tenant.ProviderRouter;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.profile.Picture;
import com.wagateway.domain.profile.Profile;
import com.wagateway.domain.profile.ProfileUpdate;

/** Use cases: read and change a tenant's WhatsApp profile and its auto-read setting. */
public final class ManageProfile {
  private final TenantResolver tenants;
  private final ProviderRouter router;

  public ManageProfile(TenantResolver tenants, ProviderRouter router) {
    this.tenants = tenants;
    this.router = router;
  }

  public Profile read(TenantId tenantId) {
    ProviderAccount account = tenants.require(tenantId).account();
    return router.profile(account, Operation.PROFILE_READ).read(account);
  }

  public void update(TenantId tenantId, ProfileUpdate update) {
    ProviderAccount account = tenants.require(tenantId).account();
    router.profile(account, Operation.PROFILE_UPDATE).update(account, update);
  }

  public void changePicture(TenantId tenantId, Picture picture) {
    ProviderAccount account = tenants.require(tenantId).account();
    router.profile(account, Operation.PROFILE_PICTURE).changePicture(account, picture);
  }

  public void setAutoRead(TenantId tenantId, boolean enabled) {
    ProviderAccount account = tenants.require(tenantId).account();
    router.profile(account, Operation.AUTO_READ).setAutoRead(account, enabled);
  }
}
