package com.wagateway.adapter.rest.media;

import com.wagateway.domain.media.MediaFile;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A file in the provider's media store, as its listing describes it. */
@Schema(name = "MediaFile")
public record MediaFileResponse(
    @Schema(example = "png-4f1a8c2e-9b7d-4c11") String mediaId,
    @Schema(example = "image/png") String mimeType,
    @Schema(example = "48213") long sizeBytes,
    @Schema(description = "Absent when the provider does not name it", example = "logo.png")
        String fileName,
    @Schema(
            description = "When it was stored, when the provider says",
            example = "2026-03-01T14:05:00Z")
        Instant createdAt,
    @Schema(
            description = "Where the gateway serves the file",
            example = "https://gateway.example.com/v1/tenants/acme/media/png-4f1a8c2e-9b7d-4c11")
        URI downloadUrl) {

  static MediaFileResponse of(MediaFile file, URI base, String tenantId) {
    String id = file.id().value();
    return new MediaFileResponse(
        id,
        file.mimeType(),
        file.sizeBytes(),
        file.fileName(),
        file.createdAt(),
        MediaLinks.download(base, tenantId, id));
  }

  /** One page of the store; pass {@code nextCursor} back as {@code cursor} for the next one. */
  @Schema(name = "MediaPage")
  public record Page(
      List<MediaFileResponse> items,
      @Schema(description = "Cursor of the next page; absent on the last page")
          String nextCursor) {}
}
