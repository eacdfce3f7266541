package com.wagateway.adapter.whapi;

import com.wagateway.adapter.whapi.WhapiResponses.MediaFilesList;
import com.wagateway.adapter.whapi.WhapiResponses.Success;
import com.wagateway.adapter.whapi.WhapiResponses.UploadedFile;
import com.wagateway.adapter.whapi.WhapiResponses.UploadedMedia;
import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.error.ResourceNotFoundException;
import com.wagateway.domain.media.MediaDownload;
import com.wagateway.domain.media.MediaFiles;
import com.wagateway.domain.media.MediaId;
import com.wagateway.domain.media.MediaQuery;
import com.wagateway.domain.media.MediaUpload;
import com.wagateway.domain.media.StoredMedia;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.MediaStore;
import com.wagateway.domain.port.Operation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whapi's media store: {@code GET /media/{MediaID}} streamed through (see {@link WhapiMediaFiles}),
 * {@code POST /media} with the raw file, whose answer's id every media send accepts, and the
 * library: {@code GET /media} (count, offset, sort) and {@code DELETE /media/{MediaID}}.
 */
@ApplicationScoped
public class WhapiMediaStore implements MediaStore {
  /** {@code MediaID} of the spec: an id of another shape cannot exist at Whapi. */
  private static final Pattern MEDIA_ID = Pattern.compile("[a-zA-Z0-9]+-[0-9a-fA-F-]+");

  private final WhapiApi api;

  @Inject
  WhapiMediaStore(WhapiApi api) {
    this.api = api;
  }

  @Override
  public ProviderId provider() {
    return ProviderId.WHAPI;
  }

  @Override
  public Set<Operation> supportedOperations() {
    return EnumSet.of(
        Operation.MEDIA_DOWNLOAD,
        Operation.MEDIA_UPLOAD,
        Operation.MEDIA_LIST,
        Operation.MEDIA_DELETE);
  }

  @Reaches("GET /media/{MediaID}")
  @Override
  public MediaDownload download(ProviderAccount account, MediaId id) {
    requireWhapiId(account, id);
    return WhapiMediaFiles.read(account, api.open(account, (c, auth) -> c.media(auth, id.value())));
  }

  /**
   * Read whole before the call: the REST client holds a request body in memory anyway, and the
   * caller's body is bounded by the gateway's body limit.
   */
  @Reaches("POST /media")
  @Override
  public StoredMedia upload(ProviderAccount account, MediaUpload upload) {
    byte[] file = readAll(upload);
    UploadedMedia answer =
        api.call(
            account,
            UploadedMedia.class,
            (c, auth) -> c.uploadMedia(auth, upload.mimeType(), file));
    return new StoredMedia(storedId(account, answer), upload.mimeType(), file.length);
  }

  @Override
  @Reaches("GET /media")
  public MediaFiles list(ProviderAccount account, MediaQuery query) {
    String sort = query.newestFirst() ? "desc" : "asc";
    return WhapiMediaFiles.files(
        account,
        api.call(
            account,
            MediaFilesList.class,
            (c, auth) -> c.mediaFiles(auth, query.count(), query.offset(), sort)));
  }

  @Override
  @Reaches("DELETE /media/{MediaID}")
  public void delete(ProviderAccount account, MediaId id) {
    requireWhapiId(account, id);
    WhapiJson.requireSuccess(
        account, api.call(account, Success.class, (c, auth) -> c.deleteMedia(auth, id.value())));
  }

  private static void requireWhapiId(ProviderAccount account, MediaId id) {
    if (!MEDIA_ID.matcher(id.value()).matches()) {
      throw new ResourceNotFoundException(account.tenantId(), "Media '" + id + "'");
    }
  }

  private static MediaId storedId(ProviderAccount account, UploadedMedia answer) {
    UploadedFile first =
        answer.media() == null || answer.media().isEmpty() ? null : answer.media().get(0);
    try {
      return new MediaId(first == null ? null : first.id());
    } catch (InvalidValueException missingOrOdd) {
      throw WhapiJson.notAsDocumented(account, "media[0].id");
    }
  }

  private static byte[] readAll(MediaUpload upload) {
    try (var content = upload.content()) {
      return content.readAllBytes();
    } catch (IOException e) {
      throw new InvalidValueException("file", "could not be read to the end");
    }
  }
}
