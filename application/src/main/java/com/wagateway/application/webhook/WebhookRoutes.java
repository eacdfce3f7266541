package com.wagateway.application.webhook;

import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.TenantId;

/**
 * Where the gateway listens for each provider's webhooks, defined once for the endpoints that
 * receive them and for the registration that tells the provider about them.
 */
public final class WebhookRoutes {
  /** Base path of the provider webhooks. */
  public static final String BASE = "/v1/webhooks";

  public static final String WHAPI = "/whapi";
  public static final String API_WHATSAPP_WEB = "/apiwhatsappweb";

  /** The header Whapi is configured to add to its calls, carrying the tenant's secret. */
  public static final String SECRET_HEADER = "X-Gateway-Webhook-Secret";

  private WebhookRoutes() {}

  /**
   * The path for a tenant's webhooks from this provider; it ends with the secret when the provider
   * cannot add a header.
   */
  public static String pathOf(ProviderId provider, TenantId tenant, String secret) {
    return switch (provider) {
      case WHAPI -> BASE + WHAPI + "/" + tenant.value();
      case APIWHATSAPPWEB -> BASE + API_WHATSAPP_WEB + "/" + tenant.value() + "/" + secret;
    };
  }

  /** Whether the provider authenticates with {@link #SECRET_HEADER} rather than the path. */
  public static boolean usesHeader(ProviderId provider) {
    return provider == ProviderId.WHAPI;
  }
}
