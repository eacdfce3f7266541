package com.wagateway.domain.model;

/**
 * One WhatsApp number: its id, the provider credentials it uses, the digest of the key its callers
 * use ({@code null} when only the admin may call it), and whether incoming messages are marked read
 * automatically.
 */
public record Tenant(
    TenantId id, ProviderCredentials credentials, ApiKeyDigest apiKeyDigest, boolean autoRead) {
  public Tenant {
    Require.present(id, "tenantId");
    Require.present(credentials, "credentials");
  }

  /** A tenant with auto-read off, as every tenant starts. */
  public Tenant(TenantId id, ProviderCredentials credentials, ApiKeyDigest apiKeyDigest) {
    this(id, credentials, apiKeyDigest, false);
  }

  public ProviderId provider() {
    return credentials.provider();
  }

  /** The same tenant on other credentials (possibly another provider). */
  public Tenant withCredentials(ProviderCredentials newCredentials) {
    return new Tenant(id, newCredentials, apiKeyDigest, autoRead);
  }

  public Tenant withApiKeyDigest(ApiKeyDigest newDigest) {
    return new Tenant(id, credentials, newDigest, autoRead);
  }

  public Tenant withAutoRead(boolean enabled) {
    return new Tenant(id, credentials, apiKeyDigest, enabled);
  }

  public ProviderAccount account() {
    return new ProviderAccount(id, credentials);
  }
}
