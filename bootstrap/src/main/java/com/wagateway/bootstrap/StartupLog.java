package com.wagateway.bootstrap;

import com.wagateway.application.port.TenantDirectory;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Says at start-up how many tenants the gateway serves (never their keys). */
public class StartupLog {
  private static final Logger LOG = Logger.getLogger(StartupLog.class);

  void onStart(@Observes StartupEvent event, TenantDirectory tenants) {
    LOG.infof("Gateway ready with %d configured tenant(s)", tenants.all().size());
  }
}
