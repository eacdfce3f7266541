package com.wagateway.domain.model;

/**
 * One WhatsApp number: its id, the provider credentials it uses, and the digest of the key its
 * callers use ({@code null} when only the admin may call it).
 */
public record Tenant(TenantId id, ProviderCredentials credentials, ApiKeyDigest apiKeyDigest) {
  public Tenant {
    Require.present(id, "tenantId");
    Require.present(credentials, "credentials");
  }

  public ProviderId provider() {
    return credentials.provider();
  }

  /** The same tenant on other credentials (possibly another provider). */
  public Tenant withCredentials(ProviderCredentials newCredentials) {
    return new Tenant(id, newCredentials, apiKeyDigest);
  }

  public Tenant withApiKeyDigest(ApiKeyDigest newDigest) {
    return new Tenant(id, credentials, newDigest);
  }

  public ProviderAccount account() {
    return new ProviderAccount(id, credentials);
  }
}
