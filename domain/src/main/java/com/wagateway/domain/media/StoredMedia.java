package com.wagateway.domain.media;

import com.wagateway.domain.model.Require;

/** A file now in the provider's media store: the id to send it by, and what was stored. */
public record StoredMedia(MediaId id, String mimeType, long sizeBytes) {
  public StoredMedia {
    Require.present(id, "mediaId");
    mimeType = MimeTypes.normalized(mimeType, "mimeType");
  }
}
