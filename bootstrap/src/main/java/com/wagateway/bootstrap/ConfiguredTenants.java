package com.wagateway.bootstrap;

import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.model.ApiKeyDigest;
import com.wagateway.domain.model.ProviderCredentials;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.Secret;
import com.wagateway.domain.model.Tenant;
import com.wagateway.domain.model.TenantId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tenants defined in configuration, checked at start-up: a tenant with an unknown provider or
 * missing credentials stops the gateway with a message naming the property to fix. They are seeded
 * into the registry when absent there; after that the registry (admin API) owns them.
 */
public final class ConfiguredTenants {
  private ConfiguredTenants() {}

  public static List<Tenant> from(Map<String, GatewaySettings.TenantSettings> settings) {
    List<Tenant> tenants =
        settings.entrySet().stream()
            .map(e -> toTenant(e.getKey(), e.getValue()))
            .sorted(Comparator.comparing(t -> t.id().value()))
            .toList();
    requireDistinctKeys(tenants);
    return tenants;
  }

  /** A key names exactly one tenant; two tenants sharing one is a configuration mistake. */
  private static void requireDistinctKeys(List<Tenant> tenants) {
    Map<ApiKeyDigest, String> owners = new java.util.HashMap<>();
    for (Tenant tenant : tenants) {
      if (tenant.apiKeyDigest() == null) {
        continue;
      }
      String other = owners.putIfAbsent(tenant.apiKeyDigest(), tenant.id().value());
      if (other != null) {
        throw new IllegalStateException(
            "gateway.tenants."
                + other
                + ".api-key and gateway.tenants."
                + tenant.id()
                + ".api-key are the same key: give each tenant its own");
      }
    }
  }

  private static Tenant toTenant(String id, GatewaySettings.TenantSettings tenant) {
    String prefix = "gateway.tenants." + id + ".";
    try {
      return new Tenant(
          new TenantId(id),
          credentials(prefix, tenant),
          tenant.apiKey().filter(k -> !k.isBlank()).map(ApiKeyDigest::of).orElse(null));
    } catch (InvalidValueException e) {
      throw new IllegalStateException(
          "Invalid tenant configuration under " + prefix + "*: " + e.getMessage(), e);
    }
  }

  private static ProviderCredentials credentials(
      String prefix, GatewaySettings.TenantSettings tenant) {
    return switch (ProviderId.fromKey(tenant.provider())) {
      case WHAPI ->
          new ProviderCredentials.Whapi(
              Secret.of(
                  required(
                      tenant.whapi().map(GatewaySettings.Whapi::token), prefix + "whapi.token")));
      case APIWHATSAPPWEB -> {
        var awww = tenant.apiWhatsAppWeb();
        yield new ProviderCredentials.ApiWhatsAppWeb(
            Secret.of(
                required(
                    awww.map(GatewaySettings.ApiWhatsAppWeb::apiKey),
                    prefix + "apiwhatsappweb.api-key")),
            required(
                awww.map(GatewaySettings.ApiWhatsAppWeb::instanceId),
                prefix + "apiwhatsappweb.instance-id"));
      }
    };
  }

  private static String required(Optional<String> value, String property) {
    return value
        .filter(v -> !v.isBlank())
        .orElseThrow(() -> new IllegalStateException("Missing configuration property " + property));
  }
}
