package com.wagateway.bootstrap.resilience;

import com.wagateway.bootstrap.resilience.ProviderGuards.Repeat;
import com.wagateway.domain.media.MediaDownload;
import com.wagateway.domain.media.MediaFiles;
import com.wagateway.domain.media.MediaId;
import com.wagateway.domain.media.MediaQuery;
import com.wagateway.domain.media.MediaUpload;
import com.wagateway.domain.media.StoredMedia;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.port.MediaStore;

/**
 * A provider's media store behind the gateway's fault tolerance. A download is guarded until the
 * provider has answered with the file's headers; its bytes then flow outside the guard, bounded by
 * the provider's read timeout between two chunks, so a large file holds no bulkhead slot.
 */
final class GuardedMediaStore extends GuardedPort<MediaStore> implements MediaStore {

  GuardedMediaStore(MediaStore delegate, ProviderGuards guards) {
    super(delegate, guards);
  }

  @Override
  public MediaDownload download(ProviderAccount account, MediaId id) {
    return guards.call(
        account, "media.download", Repeat.SAFE, () -> delegate.download(account, id));
  }

  /** Repeated only when the provider was never reached: the body has not been read then. */
  @Override
  public StoredMedia upload(ProviderAccount account, MediaUpload upload) {
    return guards.call(
        account,
        "media.upload",
        Repeat.ONLY_IF_NOT_REACHED,
        () -> delegate.upload(account, upload));
  }

  @Override
  public MediaFiles list(ProviderAccount account, MediaQuery query) {
    return guards.call(account, "media.list", Repeat.SAFE, () -> delegate.list(account, query));
  }

  /** Repeated only when the provider was never reached: a second delete would answer 404. */
  @Override
  public void delete(ProviderAccount account, MediaId id) {
    guards.run(
        account, "media.delete", Repeat.ONLY_IF_NOT_REACHED, () -> delegate.delete(account, id));
  }
}
