package com.wagateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.domain.model.ProviderCredentials;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.Secret;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tenants from configuration: valid ones are served, broken ones stop the start with a clear word.
 */
class ConfiguredTenantsTest {

  record Tenant(
      String provider,
      Optional<String> apiKey,
      Optional<GatewaySettings.Whapi> whapi,
      Optional<GatewaySettings.ApiWhatsAppWeb> apiWhatsAppWeb)
      implements GatewaySettings.TenantSettings {}

  private static Tenant whapi(String token) {
    return new Tenant(
        "whapi", Optional.of("caller-key"), Optional.of(() -> token), Optional.empty());
  }

  private static Tenant awww(String key, String instance) {
    GatewaySettings.ApiWhatsAppWeb credentials =
        new GatewaySettings.ApiWhatsAppWeb() {
          @Override
          public String apiKey() {
            return key;
          }

          @Override
          public String instanceId() {
            return instance;
          }
        };
    return new Tenant(
        "apiwhatsappweb", Optional.empty(), Optional.empty(), Optional.of(credentials));
  }

  @Test
  void readsTenantsOfBothProvidersInIdOrderKeepingOnlyKeyDigests() {
    var tenants =
        ConfiguredTenants.from(Map.of("support-desk", awww("key", "inst-1"), "shop", whapi("tok")));

    assertThat(tenants).extracting(t -> t.id().value()).containsExactly("shop", "support-desk");
    assertThat(tenants.get(0).provider()).isEqualTo(ProviderId.WHAPI);
    assertThat(tenants.get(0).apiKeyDigest().matches("caller-key")).isTrue();
    assertThat(tenants.get(1).credentials())
        .isEqualTo(new ProviderCredentials.ApiWhatsAppWeb(Secret.of("key"), "inst-1"));
    assertThat(tenants.get(1).apiKeyDigest()).isNull();
  }

  @Test
  void namesTheMissingCredentialProperty() {
    assertThatThrownBy(
            () ->
                ConfiguredTenants.from(
                    Map.of(
                        "shop",
                        new Tenant("whapi", Optional.empty(), Optional.empty(), Optional.empty()))))
        .hasMessageContaining("gateway.tenants.shop.whapi.token");
    assertThatThrownBy(() -> ConfiguredTenants.from(Map.of("desk", awww("key", " "))))
        .hasMessageContaining("gateway.tenants.desk.apiwhatsappweb.instance-id");
  }

  @Test
  void refusesAnUnknownProviderNamingTheTenant() {
    assertThatThrownBy(
            () ->
                ConfiguredTenants.from(
                    Map.of(
                        "shop",
                        new Tenant(
                            "twilio", Optional.empty(), Optional.empty(), Optional.empty()))))
        .hasMessageContaining("gateway.tenants.shop.")
        .hasMessageContaining("whapi, apiwhatsappweb");
  }

  @Test
  void refusesAMalformedTenantId() {
    assertThatThrownBy(() -> ConfiguredTenants.from(Map.of("Shop!", whapi("tok"))))
        .hasMessageContaining("gateway.tenants.Shop!.")
        .hasMessageContaining("tenantId");
  }

  @Test
  void refusesTwoTenantsSharingOneKey() {
    assertThatThrownBy(() -> ConfiguredTenants.from(Map.of("a", whapi("t1"), "b", whapi("t2"))))
        .hasMessageContaining("gateway.tenants.a.api-key and gateway.tenants.b.api-key")
        .hasMessageNotContaining("caller-key");
  }

  @Test
  void neverPutsACredentialInItsErrors() {
    assertThatThrownBy(() -> ConfiguredTenants.from(Map.of("Shop!", whapi("super-secret-token"))))
        .hasMessageNotContaining("super-secret-token");
  }
}
