package com.wagateway.adapter.apiwhatsappweb;

import com.wagateway.domain.media.MediaDownload;
import com.wagateway.domain.media.MediaFiles;
import com.wagateway.domain.media.MediaId;
import com.wagateway.domain.media.MediaQuery;
import com.wagateway.domain.media.MediaUpload;
import com.wagateway.domain.media.StoredMedia;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.port.MediaStore;
import com.wagateway.domain.port.Operation;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * API WhatsApp Web documents no media store: it declares no media operation, so the gateway answers
 * 501 before calling it; a direct call is refused the same way.
 */
@ApplicationScoped
public class ApiWhatsAppWebMediaStore extends NoEndpoints implements MediaStore {

  ApiWhatsAppWebMediaStore() {
    super("API WhatsApp Web has no media store");
  }

  @Override
  public MediaDownload download(ProviderAccount account, MediaId id) {
    throw unsupported(account, Operation.MEDIA_DOWNLOAD);
  }

  @Override
  public StoredMedia upload(ProviderAccount account, MediaUpload upload) {
    throw unsupported(account, Operation.MEDIA_UPLOAD);
  }

  @Override
  public MediaFiles list(ProviderAccount account, MediaQuery query) {
    throw unsupported(account, Operation.MEDIA_LIST);
  }

  @Override
  public void delete(ProviderAccount account, MediaId id) {
    throw unsupported(account, Operation.MEDIA_DELETE);
  }
}
