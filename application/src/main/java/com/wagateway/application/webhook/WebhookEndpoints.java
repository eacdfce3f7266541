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
    String secret = secrets.secretOf(tenantId);
    String base = publicUrl.toString().replaceAll("/+$", "");
    URI url = URI.create(base + WebhookRoutes.pathOf(provider, tenantId, secret));
    WebhookTarget target =
        WebhookRoutes.usesHeader(provider)
            ? new WebhookTarget(url, WebhookRoutes.SECRET_HEADER, Secret.of(secret))
            : WebhookTarget.withSecretInPath(url);
    ProviderAccount account = tenant.account();
    router.profile(account, Operation.WEBHOOK_REGISTER).registerWebhook(account, target);
    String shown =
        WebhookRoutes.usesHeader(provider)
            ? url.toString()
            : base + WebhookRoutes.pathOf(provider, tenantId, Secret.of(secret).masked());
    return new Registration(
        provider, shown, WebhookRoutes.usesHeader(provider) ? WebhookRoutes.SECRET_HEADER : null);
  }
}
