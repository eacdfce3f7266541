package com.wagateway.domain.media;

import com.wagateway.domain.model.Require;
import java.io.InputStream;

/**
 * A file to store in the provider's media store: its bytes, read once by the adapter, and its MIME
 * type as the caller declared it.
 *
 * @param fileName the caller's name for the file, or {@code null}
 */
public record MediaUpload(InputStream content, String mimeType, String fileName) {
  public MediaUpload {
    // The type first: a body sent as */* may not reach the resource at all.
    mimeType = MimeTypes.normalized(mimeType, "Content-Type");
    Require.present(content, "file");
    fileName = fileName == null || fileName.isBlank() ? null : fileName.strip();
  }
}
