package com.wagateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.domain.model.ProviderCredentials;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.TenantId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tenants from configuration: valid ones are served, broken ones stop the start with a clear word.
 */
class ConfiguredTenantDirectoryTest {

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
  void servesTenantsOfBothProviders() {
    var directory =
        new ConfiguredTenantDirectory(
            Map.of("shop", whapi("tok"), "support-desk", awww("key", "inst-1")));

    assertThat(directory.all())
        .extracting(t -> t.id().value())
        .containsExactly("shop", "support-desk");
    assertThat(directory.find(new TenantId("shop")).orElseThrow().provider())
        .isEqualTo(ProviderId.WHAPI);
    assertThat(directory.find(new TenantId("support-desk")).orElseThrow().credentials())
        .isEqualTo(
            new ProviderCredentials.ApiWhatsAppWeb(
                com.wagateway.domain.model.Secret.of("key"), "inst-1"));
    assertThat(directory.find(new TenantId("nobody"))).isEmpty();
  }

  @Test
  void namesTheMissingCredentialProperty() {
    assertThatThrownBy(
            () ->
                new ConfiguredTenantDirectory(
                    Map.of(
                        "shop",
                        new Tenant("whapi", Optional.empty(), Optional.empty(), Optional.empty()))))
        .hasMessageContaining("gateway.tenants.shop.whapi.token");
    assertThatThrownBy(() -> new ConfiguredTenantDirectory(Map.of("desk", awww("key", " "))))
        .hasMessageContaining("gateway.tenants.desk.apiwhatsappweb.instance-id");
  }

  @Test
  void refusesAnUnknownProviderNamingTheTenant() {
    assertThatThrownBy(
            () ->
                new ConfiguredTenantDirectory(
                    Map.of(
                        "shop",
                        new Tenant(
                            "twilio", Optional.empty(), Optional.empty(), Optional.empty()))))
        .hasMessageContaining("gateway.tenants.shop.")
        .hasMessageContaining("whapi, apiwhatsappweb");
  }

  @Test
  void refusesAMalformedTenantId() {
    assertThatThrownBy(() -> new ConfiguredTenantDirectory(Map.of("Shop!", whapi("tok"))))
        .hasMessageContaining("gateway.tenants.Shop!.")
        .hasMessageContaining("tenantId");
  }

  @Test
  void neverPutsACredentialInItsErrors() {
    assertThatThrownBy(
            () -> new ConfiguredTenantDirectory(Map.of("Shop!", whapi("super-secret-token"))))
        .hasMessageNotContaining("super-secret-token");
  }
}
