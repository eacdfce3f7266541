package com.wagateway.adapter.rest.profile;

import com.wagateway.adapter.rest.validation.MediaInput;
import com.wagateway.adapter.rest.validation.ValidMedia;
import com.wagateway.domain.profile.Picture;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new profile picture: a public URL, or inline base64 with its image MIME type. */
@ValidMedia
@Schema(name = "PictureChange", description = "Exactly one of `url` or `base64` (with `mimeType`).")
public record PictureRequest(
    @Schema(
            description = "Public http(s) URL of a JPEG or PNG",
            example = "https://cdn.example.com/logo.png")
        String url,
    @Schema(description = "The image, base64-encoded") String base64,
    @Schema(description = "MIME type of `base64`", example = "image/png") String mimeType)
    implements MediaInput {

  @Override
  public String id() {
    return null;
  }

  @Override
  public boolean acceptsId() {
    return false;
  }

  public Picture toPicture() {
    return new Picture(toSource());
  }
}
