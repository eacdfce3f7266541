package com.wagateway.domain.model;

/** What a tenant needs to call its provider; the variant decides the provider. */
public sealed interface ProviderCredentials {

  ProviderId provider();

  /** Whapi.Cloud: one channel token sent as {@code Authorization: Bearer}. */
  record Whapi(Secret token) implements ProviderCredentials {
    public Whapi {
      Require.present(token, "whapi.token");
    }

    @Override
    public ProviderId provider() {
      return ProviderId.WHAPI;
    }
  }

  /**
   * API WhatsApp Web: an account key and the instance id, sent as {@code apiKey} and {@code id}.
   */
  record ApiWhatsAppWeb(Secret apiKey, String instanceId) implements ProviderCredentials {
    public ApiWhatsAppWeb {
      Require.present(apiKey, "apiwhatsappweb.api-key");
      Require.text(instanceId, "apiwhatsappweb.instance-id", 1, 256);
    }

    @Override
    public ProviderId provider() {
      return ProviderId.APIWHATSAPPWEB;
    }
  }
}
