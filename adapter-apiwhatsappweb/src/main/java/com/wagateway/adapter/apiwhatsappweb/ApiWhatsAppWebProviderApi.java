package com.wagateway.adapter.apiwhatsappweb;

import com.wagateway.domain.error.CapabilityNotSupportedException;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.port.ProviderApi;
import com.wagateway.domain.providerapi.ProviderOperation;
import com.wagateway.domain.providerapi.ProviderReply;
import com.wagateway.domain.providerapi.ProviderRequest;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The gateway passes no operation of API WhatsApp Web's own API through: everything it documents is
 * reached through the unified API. Declared unsupported, so the core answers 501 before calling.
 */
@ApplicationScoped
public class ApiWhatsAppWebProviderApi extends NoEndpoints implements ProviderApi {
  private static final String WHY =
      "The gateway passes no provider-specific operation of API WhatsApp Web through";

  ApiWhatsAppWebProviderApi() {
    super(WHY);
  }

  @Override
  public ProviderOperation resolve(TenantId tenant, ProviderRequest request) {
    throw new CapabilityNotSupportedException(
        tenant, ProviderId.APIWHATSAPPWEB, Operation.PROVIDER_API, WHY);
  }

  @Override
  public ProviderReply read(ProviderAccount account, ProviderRequest request) {
    throw unsupported(account, Operation.PROVIDER_API);
  }

  @Override
  public ProviderReply change(ProviderAccount account, ProviderRequest request) {
    throw unsupported(account, Operation.PROVIDER_API);
  }
}
