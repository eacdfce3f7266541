package com.wagateway.adapter.rest.media;

import com.wagateway.domain.media.StoredMedia;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A file now in the provider's media store: send it with {@code {"media": {"id": mediaId}}}. */
@Schema(name = "StoredMedia")
public record StoredMediaResponse(
    @Schema(
            description = "The provider's id; every media send accepts it as media.id",
            example = "png-4f1a8c2e-9b7d-4c11")
        String mediaId,
    @Schema(example = "image/png") String mimeType,
    @Schema(description = "Bytes stored", example = "48213") long sizeBytes,
    @Schema(
            description = "Where the gateway serves the file back",
            example = "https://gateway.example.com/v1/tenants/acme/media/png-4f1a8c2e-9b7d-4c11")
        URI downloadUrl) {

  static StoredMediaResponse of(StoredMedia stored, URI downloadUrl) {
    return new StoredMediaResponse(
        stored.id().value(), stored.mimeType(), stored.sizeBytes(), downloadUrl);
  }
}
