package com.wagateway.domain.model;

/** One WhatsApp number: its id, the provider credentials it uses and the key its callers use. */
public record Tenant(TenantId id, ProviderCredentials credentials, Secret apiKey) {
  public Tenant {
    Require.present(id, "tenantId");
    Require.present(credentials, "credentials");
  }

  public ProviderId provider() {
    return credentials.provider();
  }

  public ProviderAccount account() {
    return new ProviderAccount(id, credentials);
  }
}
