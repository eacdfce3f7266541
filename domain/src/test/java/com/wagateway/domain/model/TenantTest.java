package com.wagateway.domain.model;

import static com.wagateway.domain.Violations.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TenantTest {
  private final TenantId acme = new TenantId("acme");
  private final ProviderCredentials whapi = new ProviderCredentials.Whapi(Secret.of("token"));
  private final ProviderCredentials web =
      new ProviderCredentials.ApiWhatsAppWeb(Secret.of("key"), "instance-1");

  @Test
  void takesItsProviderFromTheCredentials() {
    assertThat(new Tenant(acme, whapi, null).provider()).isEqualTo(ProviderId.WHAPI);
    assertThat(new Tenant(acme, web, null).provider()).isEqualTo(ProviderId.APIWHATSAPPWEB);
  }

  @Test
  void exposesItselfToAdaptersAsAnAccount() {
    ProviderAccount account = new Tenant(acme, web, ApiKeyDigest.of("api-key")).account();

    assertThat(account.tenantId()).isEqualTo(acme);
    assertThat(account.credentials()).isEqualTo(web);
    assertThat(account.provider()).isEqualTo(ProviderId.APIWHATSAPPWEB);
  }

  @Test
  void requiresIdAndCredentialsButNotAnApiKey() {
    assertViolation(() -> new Tenant(null, whapi, null), "tenantId", "must be present");
    assertViolation(() -> new Tenant(acme, null, null), "credentials", "must be present");
    assertThat(new Tenant(acme, whapi, null).apiKeyDigest()).isNull();
  }

  @Test
  void requiresCredentialParts() {
    assertViolation(() -> new ProviderCredentials.Whapi(null), "whapi.token", "must be present");
    assertViolation(
        () -> new ProviderCredentials.ApiWhatsAppWeb(null, "i"),
        "apiwhatsappweb.api-key",
        "must be present");
    assertViolation(
        () -> new ProviderCredentials.ApiWhatsAppWeb(Secret.of("k"), " "),
        "apiwhatsappweb.instance-id",
        "must not be blank");
  }

  @Test
  void accountRequiresTenantAndCredentials() {
    assertViolation(() -> new ProviderAccount(null, whapi), "tenantId", "must be present");
    assertViolation(() -> new ProviderAccount(acme, null), "credentials", "must be present");
  }
}
