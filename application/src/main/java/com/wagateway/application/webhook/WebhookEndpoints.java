package com.wagateway.application.webhook;

import com.wagateway.application.port.WebhookSecrets;
import com.wagateway.application.tenant.ProviderRouter;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.event.WebhookTarget;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.Secret;
import com.wagateway.domain.model.Tenant;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Operation;
import java.net.URI;

/**
 * Use cases around the providers' webhooks to the gateway: which secret a provider must present,
 * and registering the gateway's URL with the tenant's provider.
 */
public final class WebhookEndpoints {
  private final TenantResolver tenants;
  private final WebhookSecrets secrets;
  private final ProviderRouter router;

  public WebhookEndpoints(TenantResolver tenants, WebhookSecrets secrets, ProviderRouter router) {
    this.tenants = tenants;
    this.secrets = secrets;
    this.router = router;
  }

  public String secretOf(TenantId tenant) {
    tenants.require(tenant);
    return secrets.secretOf(tenant);
  }

  /** What the provider was told: its name, the URL with any secret masked, and the header. */
  public record Registration(ProviderId provider, String url, String header) {}

  /**
   * Points the tenant's current provider at the gateway, whose public address is {@code publicUrl}
   * (scheme, host and port; any path is kept as a prefix).
   */
  public Registration register(TenantId tenantId, URI publicUrl) {
    Tenant tenant = tenants.require(tenantId);
    ProviderId provider = tenant.provider();
    Secret secret = Secret.of(secrets.secretOf(tenantId));
    String base = publicUrl.toString().replaceAll("/+$", "");
    URI url = URI.create(base + WebhookRoutes.pathOf(provider, tenantId, secret.reveal()));
    ProviderAccount account = tenant.account();
    if (WebhookRoutes.usesHeader(provider)) {
      router
          .profile(account, Operation.WEBHOOK_REGISTER)
          .registerWebhook(account, new WebhookTarget(url, WebhookRoutes.SECRET_HEADER, secret));
      return new Registration(provider, url.toString(), WebhookRoutes.SECRET_HEADER);
    }
    router
        .profile(account, Operation.WEBHOOK_REGISTER)
        .registerWebhook(account, WebhookTarget.withSecretInPath(url));
    String shown = base + WebhookRoutes.pathOf(provider, tenantId, secret.masked());
    return new Registration(provider, shown, null);
  }
}
