package com.wagateway.application.media;

import com.wagateway.application.tenant.ProviderRouter;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.media.MediaDownload;
import com.wagateway.domain.media.MediaId;
import com.wagateway.domain.media.MediaUpload;
import com.wagateway.domain.media.StoredMedia;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Operation;

/** Use cases: fetch a file from the tenant's provider media store, and store one there. */
public final class ManageMedia {
  private final TenantResolver tenants;
  private final ProviderRouter router;

  public ManageMedia(TenantResolver tenants, ProviderRouter router) {
    this.tenants = tenants;
    this.router = router;
  }

  /** The file, still to be read; the caller closes it. */
  public MediaDownload download(TenantId tenantId, MediaId id) {
    ProviderAccount account = tenants.require(tenantId).account();
    return router.media(account, Operation.MEDIA_DOWNLOAD).download(account, id);
  }

  public StoredMedia upload(TenantId tenantId, MediaUpload upload) {
    ProviderAccount account = tenants.require(tenantId).account();
    return router.media(account, Operation.MEDIA_UPLOAD).upload(account, upload);
  }
}
