package com.wagateway.adapter.apiwhatsappweb;

import com.wagateway.domain.error.CapabilityNotSupportedException;
import com.wagateway.domain.media.MediaDownload;
import com.wagateway.domain.media.MediaId;
import com.wagateway.domain.media.MediaUpload;
import com.wagateway.domain.media.StoredMedia;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.MediaStore;
import com.wagateway.domain.port.Operation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * API WhatsApp Web documents no media store: it declares no media operation, so the gateway answers
 * 501 before calling it; a direct call is refused the same way.
 */
@ApplicationScoped
public class ApiWhatsAppWebMediaStore implements MediaStore {

  @Override
  public ProviderId provider() {
    return ProviderId.APIWHATSAPPWEB;
  }

  @Override
  public Set<Operation> supportedOperations() {
    return Set.of();
  }

  @Override
  public MediaDownload download(ProviderAccount account, MediaId id) {
    throw unsupported(account, Operation.MEDIA_DOWNLOAD);
  }

  @Override
  public StoredMedia upload(ProviderAccount account, MediaUpload upload) {
    throw unsupported(account, Operation.MEDIA_UPLOAD);
  }

  private static CapabilityNotSupportedException unsupported(
      ProviderAccount account, Operation operation) {
    return new CapabilityNotSupportedException(
        account.tenantId(), account.provider(), operation, "API WhatsApp Web has no media store");
  }
}
