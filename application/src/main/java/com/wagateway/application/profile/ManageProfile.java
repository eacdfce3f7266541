package com.wagateway.application.profile;

import com.wagateway.application.port.TenantRepository;
import com.wagateway.application.port.UnitOfWork;
import com.wagateway.application.tenant.ProviderRouter;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.error.TenantNotFoundException;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.Tenant;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.profile.Picture;
import com.wagateway.domain.profile.Profile;
import com.wagateway.domain.profile.ProfileUpdate;

/** Use cases: read and change a tenant's WhatsApp profile and its auto-read setting. */
public final class ManageProfile {
  private final TenantResolver tenants;
  private final ProviderRouter router;
  private final TenantRepository repository;
  private final UnitOfWork unitOfWork;

  public ManageProfile(
      TenantResolver tenants,
      ProviderRouter router,
      TenantRepository repository,
      UnitOfWork unitOfWork) {
    this.tenants = tenants;
    this.router = router;
    this.repository = repository;
    this.unitOfWork = unitOfWork;
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

  /**
   * Whether incoming messages are marked read automatically. The gateway keeps the setting for
   * every tenant (so it survives a switch of provider); a provider with a setting of its own is
   * told first, and nothing is stored when it refuses.
   */
  public void setAutoRead(TenantId tenantId, boolean enabled) {
    ProviderAccount account = tenants.require(tenantId).account();
    router.profile(account, Operation.AUTO_READ).setAutoRead(account, enabled);
    unitOfWork.inTransaction(
        () -> {
          Tenant current =
              repository.find(tenantId).orElseThrow(() -> new TenantNotFoundException(tenantId));
          return repository.update(current.withAutoRead(enabled));
        });
  }

  /** The stored auto-read setting. */
  public boolean autoRead(TenantId tenantId) {
    return tenants.require(tenantId).autoRead();
  }
}
