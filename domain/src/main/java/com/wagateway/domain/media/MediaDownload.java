package com.wagateway.domain.media;

import com.wagateway.domain.model.Require;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.OptionalLong;

/**
 * A file coming from a provider's media store, not yet read: its bytes are read from {@code
 * content} as they arrive, so a file of any size passes through without being held in memory. The
 * receiver must close it.
 *
 * @param sizeBytes the length the provider announced, or {@code null} when it did not say
 * @param fileName the name the provider gave the file, or {@code null}
 */
public record MediaDownload(InputStream content, String mimeType, Long sizeBytes, String fileName)
    implements AutoCloseable {
  public MediaDownload {
    Require.present(content, "content");
    mimeType = MimeTypes.normalized(mimeType, "mimeType");
  }

  public OptionalLong size() {
    return sizeBytes == null ? OptionalLong.empty() : OptionalLong.of(sizeBytes);
  }

  @Override
  public void close() {
    try {
      content.close();
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
