package com.wagateway.application.webhook;

import com.wagateway.application.port.WebhookSecrets;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.model.TenantId;

/** Use case: the operator asks which secret the tenant's provider must present to the gateway. */
public final class WebhookEndpoints {
  private final TenantResolver tenants;
  private final WebhookSecrets secrets;

  public WebhookEndpoints(TenantResolver tenants, WebhookSecrets secrets) {
    this.tenants = tenants;
    this.secrets = secrets;
  }

  public String secretOf(TenantId tenant) {
    tenants.require(tenant);
    return secrets.secretOf(tenant);
  }
}
