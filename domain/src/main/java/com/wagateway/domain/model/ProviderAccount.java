package com.wagateway.domain.model;

/** The tenant as a provider adapter sees it: who is calling, and with which credentials. */
public record ProviderAccount(TenantId tenantId, ProviderCredentials credentials) {
  public ProviderAccount {
    Require.present(tenantId, "tenantId");
    Require.present(credentials, "credentials");
  }

  public ProviderId provider() {
    return credentials.provider();
  }
}
