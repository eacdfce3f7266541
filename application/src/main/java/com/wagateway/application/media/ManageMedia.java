package com.wagateway.application.media;

import com.wagateway.application.paging.OffsetCursor;
import com.wagateway.application.paging.Page;
import com.wagateway.application.tenant.ProviderRouter;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.media.MediaDownload;
import com.wagateway.domain.media.MediaFile;
import com.wagateway.domain.media.MediaFiles;
import com.wagateway.domain.media.MediaId;
import com.wagateway.domain.media.MediaQuery;
import com.wagateway.domain.media.MediaUpload;
import com.wagateway.domain.media.StoredMedia;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Operation;

/**
 * Use cases of the tenant's provider media store: fetch a file, store one, list what it holds,
 * delete one.
 */
public final class ManageMedia {
  public static final int MAX_PAGE = 100;

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

  /**
   * The stored files, newest first. Providers page by offset, so the cursor carries the offset of
   * the next page: a file stored or deleted between two pages shifts the rest by one.
   */
  public Page<MediaFile> list(TenantId tenantId, String cursor, int limit) {
    int offset = OffsetCursor.offset(cursor, limit, MAX_PAGE);
    ProviderAccount account = tenants.require(tenantId).account();
    MediaFiles slice =
        router
            .media(account, Operation.MEDIA_LIST)
            .list(account, new MediaQuery(offset, limit, true));
    return OffsetCursor.page(slice.files(), slice.total(), offset, limit);
  }

  public void delete(TenantId tenantId, MediaId id) {
    ProviderAccount account = tenants.require(tenantId).account();
    router.media(account, Operation.MEDIA_DELETE).delete(account, id);
  }
}
