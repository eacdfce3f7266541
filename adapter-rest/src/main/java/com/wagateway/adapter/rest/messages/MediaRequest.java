package com.wagateway.adapter.rest.messages;

import com.wagateway.adapter.rest.validation.MediaInput;
import com.wagateway.adapter.rest.validation.ValidMedia;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Media named by exactly one of: a public URL, inline base64 with its MIME type, a provider id. */
@ValidMedia
@Schema(
    name = "Media",
    description = "Exactly one of `url`, `base64` (with `mimeType`) or `id` (a provider media id).")
public record MediaRequest(
    @Schema(
            description = "Public http(s) URL the provider downloads",
            example = "https://cdn.example.com/catalog.jpg")
        String url,
    @Schema(
            description = "The file's bytes, base64-encoded",
            example =
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
        String base64,
    @Schema(description = "MIME type of `base64`", example = "image/png") String mimeType,
    @Schema(description = "Id of media already in the provider's store") String id)
    implements MediaInput {}
