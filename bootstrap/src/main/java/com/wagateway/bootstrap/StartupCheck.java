package com.wagateway.bootstrap;

import com.wagateway.application.port.TenantDirectory;
import com.wagateway.application.tenant.ProviderRouter;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Builds the tenant directory and router at start-up, so bad configuration fails fast. */
public class StartupCheck {
  private static final Logger LOG = Logger.getLogger(StartupCheck.class);

  void onStart(@Observes StartupEvent event, TenantDirectory tenants, ProviderRouter router) {
    LOG.infof("Gateway ready with %d configured tenant(s)", tenants.all().size());
    router.supportedOperations(com.wagateway.domain.model.ProviderId.WHAPI);
  }
}
