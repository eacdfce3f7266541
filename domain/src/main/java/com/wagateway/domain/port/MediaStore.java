package com.wagateway.domain.port;

import com.wagateway.domain.media.MediaDownload;
import com.wagateway.domain.media.MediaFiles;
import com.wagateway.domain.media.MediaId;
import com.wagateway.domain.media.MediaQuery;
import com.wagateway.domain.media.MediaUpload;
import com.wagateway.domain.media.StoredMedia;
import com.wagateway.domain.model.ProviderAccount;

/**
 * The provider's store of media files: received files to fetch, files to send by id later, and the
 * library of what it holds (listed, deleted).
 */
public interface MediaStore extends ProviderPort {

  /**
   * Opens a stored file. The call returns once the provider has answered with the file's headers;
   * its bytes are read from the result as they arrive.
   *
   * @throws com.wagateway.domain.error.GatewayException {@code NOT_FOUND} when the provider has no
   *     file by this id (or the id cannot be one of its ids), or any provider failure
   */
  @SafeToRepeat
  MediaDownload download(ProviderAccount account, MediaId id);

  /**
   * Stores a file; the answer's id is accepted as {@code {"media": {"id": ...}}} by every media
   * send of this provider.
   */
  StoredMedia upload(ProviderAccount account, MediaUpload upload);

  /** The files the store holds, one slice at a time. */
  @SafeToRepeat
  MediaFiles list(ProviderAccount account, MediaQuery query);

  /**
   * Removes a file from the store: its id no longer downloads, nor sends as {@code media.id}.
   *
   * @throws com.wagateway.domain.error.GatewayException {@code NOT_FOUND} as {@link #download}
   */
  void delete(ProviderAccount account, MediaId id);
}
