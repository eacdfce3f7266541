package com.wagateway.application.fake;

import com.wagateway.domain.error.ResourceNotFoundException;
import com.wagateway.domain.media.MediaDownload;
import com.wagateway.domain.media.MediaFile;
import com.wagateway.domain.media.MediaFiles;
import com.wagateway.domain.media.MediaId;
import com.wagateway.domain.media.MediaQuery;
import com.wagateway.domain.media.MediaUpload;
import com.wagateway.domain.media.StoredMedia;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.MediaStore;
import com.wagateway.domain.port.Operation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A media store in memory: uploads get ids {@code stored-1}, {@code stored-2}, ...; the listing
 * says the total, as Whapi's does.
 */
public final class FakeMediaStore implements MediaStore {
  private final ProviderId provider;
  private final Set<Operation> supported;
  private final Map<MediaId, MediaUpload> files = new LinkedHashMap<>();
  private final Map<MediaId, byte[]> bytes = new LinkedHashMap<>();
  private int stored;

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
    MediaId id = new MediaId("stored-" + (++stored));
    try {
      bytes.put(id, upload.content().readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.put(id, upload);
    return new StoredMedia(id, upload.mimeType(), bytes.get(id).length);
  }

  @Override
  public MediaFiles list(ProviderAccount account, MediaQuery query) {
    List<MediaFile> all =
        files.entrySet().stream()
            .map(
                e ->
                    new MediaFile(
                        e.getKey(),
                        e.getValue().mimeType(),
                        bytes.get(e.getKey()).length,
                        e.getValue().fileName(),
                        null))
            .toList();
    List<MediaFile> ordered = new ArrayList<>(all);
    if (query.newestFirst()) {
      Collections.reverse(ordered);
    }
    return new MediaFiles(
        ordered.stream().skip(query.offset()).limit(query.count()).toList(), all.size());
  }

  @Override
  public void delete(ProviderAccount account, MediaId id) {
    if (files.remove(id) == null) {
      throw new ResourceNotFoundException(account.tenantId(), "Media " + id);
    }
    bytes.remove(id);
  }
}
