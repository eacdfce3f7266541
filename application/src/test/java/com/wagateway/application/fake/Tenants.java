package com.wagateway.application.fake;

import com.wagateway.domain.model.ApiKeyDigest;
import com.wagateway.domain.model.ProviderCredentials;
import com.wagateway.domain.model.Secret;
import com.wagateway.domain.model.Tenant;
import com.wagateway.domain.model.TenantId;

/** Two tenants, one on each provider, with their own API keys. */
public final class Tenants {
  public static final TenantId ACME_ID = new TenantId("acme");
  public static final TenantId GLOBEX_ID = new TenantId("globex");
  public static final TenantId UNKNOWN_ID = new TenantId("nobody");

  public static final String ACME_KEY = "acme-api-key";
  public static final String GLOBEX_KEY = "globex-api-key";

  /** On Whapi. */
  public static final Tenant ACME =
      new Tenant(ACME_ID, new ProviderCredentials.Whapi(Secret.of("whapi-token")), key(ACME_KEY));

  /** On API WhatsApp Web. */
  public static final Tenant GLOBEX =
      new Tenant(
          GLOBEX_ID,
          new ProviderCredentials.ApiWhatsAppWeb(Secret.of("web-key"), "instance-7"),
          key(GLOBEX_KEY));

  private Tenants() {}

  /** The same tenant, moved to API WhatsApp Web. */
  public static Tenant acmeOnApiWhatsAppWeb() {
    return new Tenant(
        ACME_ID,
        new ProviderCredentials.ApiWhatsAppWeb(Secret.of("web-key-acme"), "instance-acme"),
        key(ACME_KEY));
  }

  private static ApiKeyDigest key(String value) {
    return ApiKeyDigest.of(value);
  }
}
