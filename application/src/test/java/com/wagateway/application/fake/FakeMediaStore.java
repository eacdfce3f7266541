package com.wagateway.application.fake;

import com.wagateway.domain.error.ResourceNotFoundException;
import com.wagateway.domain.media.MediaDownload;
import com.wagateway.domain.media.MediaId;
import com.wagateway.domain.media.MediaUpload;
import com.wagateway.domain.media.StoredMedia;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.MediaStore;
import com.wagateway.domain.port.Operation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** A media store in memory: uploads get ids {@code stored-1}, {@code stored-2}, ... */
public final class FakeMediaStore implements MediaStore {
  private final ProviderId provider;
  private final Set<Operation> supported;
  private final Map<MediaId, MediaUpload> files = new HashMap<>();
  private final Map<MediaId, byte[]> bytes = new HashMap<>();

  public FakeMediaStore(ProviderId provider, Set<Operation> supported) {
    this.provider = provider;
    this.supported = Set.copyOf(supported);
  }

  @Override
  public ProviderId provider() {
    return provider;
  }

  @Override
  public Set<Operation> supportedOperations() {
    return supported;
  }

  @Override
  public MediaDownload download(ProviderAccount account, MediaId id) {
    MediaUpload file = files.get(id);
    if (file == null) {
      throw new ResourceNotFoundException(account.tenantId(), "Media " + id);
    }
    byte[] content = bytes.get(id);
    return new MediaDownload(
        new ByteArrayInputStream(content), file.mimeType(), (long) content.length, file.fileName());
  }

  @Override
  public StoredMedia upload(ProviderAccount account, MediaUpload upload) {
    MediaId id = new MediaId("stored-" + (files.size() + 1));
    try {
      bytes.put(id, upload.content().readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.put(id, upload);
    return new StoredMedia(id, upload.mimeType(), bytes.get(id).length);
  }
}
