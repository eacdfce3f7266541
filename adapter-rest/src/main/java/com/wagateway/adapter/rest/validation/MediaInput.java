package com.wagateway.adapter.rest.validation;

import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.message.MediaSource;

/** A request part that names media in one of three ways. */
public interface MediaInput {
  String url();

  String base64();

  String mimeType();

  String id();

  /** Whether a provider media id is a valid source here (not for profile pictures). */
  default boolean acceptsId() {
    return true;
  }

  /**
   * The domain's media source.
   *
   * @throws InvalidValueException when not exactly one source is given, or it is invalid
   */
  default MediaSource toSource() {
    int given = (url() != null ? 1 : 0) + (base64() != null ? 1 : 0) + (id() != null ? 1 : 0);
    if (given != 1) {
      throw new InvalidValueException(
          "media",
          acceptsId()
              ? "give exactly one of url, base64 (with mimeType) or id"
              : "give exactly one of url or base64 (with mimeType)");
    }
    if (url() != null) {
      return MediaSource.Url.parse(url(), "media.url");
    }
    if (base64() != null) {
      return new MediaSource.Inline(base64(), mimeType());
    }
    return new MediaSource.Stored(id());
  }
}
