package com.wagateway.adapter.apiwhatsappweb;

import com.wagateway.domain.error.ProviderException;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderCredentials;

/** The two header values every request carries: the account key and the instance id. */
record Caller(String apiKey, String id) {

  @Override
  public String toString() {
    return "Caller[apiKey=******, id=" + id + "]";
  }

  static Caller of(ProviderAccount account) {
    if (account.credentials() instanceof ProviderCredentials.ApiWhatsAppWeb credentials) {
      return new Caller(credentials.apiKey().reveal(), credentials.instanceId());
    }
    // The router binds each tenant to one adapter; other credentials here are a wiring bug.
    throw ProviderException.error(
        account, null, "Tenant is not bound to API WhatsApp Web credentials", null);
  }
}
