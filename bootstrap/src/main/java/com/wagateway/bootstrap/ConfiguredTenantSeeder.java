package com.wagateway.bootstrap;

import com.wagateway.application.admin.TenantAdministration;
import com.wagateway.domain.model.Tenant;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * At start-up, seeds the tenants defined in configuration into the registry (those it does not have
 * yet) and says how many it added; never their keys.
 */
public class ConfiguredTenantSeeder {
  private static final Logger LOG = Logger.getLogger(ConfiguredTenantSeeder.class);

  void onStart(@Observes StartupEvent event, GatewaySettings settings, TenantAdministration admin) {
    List<Tenant> configured = ConfiguredTenants.from(settings.tenants());
    long seeded =
        configured.stream()
            .filter(t -> admin.seed("configuration", t.id(), t.credentials(), t.apiKeyDigest()))
            .count();
    LOG.infof(
        "Gateway ready: %d tenant(s) in configuration, %d of them new in the registry",
        configured.size(), seeded);
  }
}
