package com.wagateway.domain.media;

import java.time.Instant;

/**
 * A file in the provider's media store, as its listing describes it; {@code fileName} and {@code
 * createdAt} are absent when the provider does not say.
 */
public record MediaFile(
    MediaId id, String mimeType, long sizeBytes, String fileName, Instant createdAt) {}
