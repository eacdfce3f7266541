package com.wagateway.bootstrap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Map;
import java.util.Optional;

/** The gateway's own configuration: the admin key and the tenants defined in configuration. */
@ConfigMapping(prefix = "gateway")
public interface GatewaySettings {

  /** Key that manages tenants and reaches every tenant; unset means no admin access. */
  Optional<String> adminApiKey();

  /**
   * True for the training run of a class data sharing archive: the gateway stops once started
   * ({@link ClassDataSharingTraining}).
   */
  @WithDefault("false")
  boolean cdsTraining();

  /** Tenants by id ({@code gateway.tenants.<id>.*}). */
  Map<String, TenantSettings> tenants();

  /** One tenant as configured. */
  interface TenantSettings {

    /** {@code whapi} or {@code apiwhatsappweb}. */
    String provider();

    /** The key this tenant's callers send as {@code Authorization: Bearer}. */
    Optional<String> apiKey();

    /** Whapi.Cloud credentials, when the provider is whapi. */
    Optional<Whapi> whapi();

    /** API WhatsApp Web credentials, when the provider is apiwhatsappweb. */
    @WithName("apiwhatsappweb")
    Optional<ApiWhatsAppWeb> apiWhatsAppWeb();
  }

  /** Whapi.Cloud credentials. */
  interface Whapi {
    /** The channel token. */
    String token();
  }

  /** API WhatsApp Web credentials. */
  interface ApiWhatsAppWeb {
    /** The account key sent as the {@code apiKey} header. */
    String apiKey();

    /** The instance id sent as the {@code id} header. */
    String instanceId();
  }
}
