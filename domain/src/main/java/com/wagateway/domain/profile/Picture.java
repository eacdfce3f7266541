package com.wagateway.domain.profile;

import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.message.MediaSource;
import com.wagateway.domain.model.Require;

/** A new profile picture: a URL the provider fetches, or inline image bytes. */
public record Picture(MediaSource source) {
  public Picture {
    Require.present(source, "picture");
    if (source instanceof MediaSource.Stored) {
      throw new InvalidValueException("picture", "must be a url or base64 image");
    }
    if (source instanceof MediaSource.Inline inline && !inline.mimeType().startsWith("image/")) {
      throw new InvalidValueException("mimeType", "must be an image type");
    }
  }
}
