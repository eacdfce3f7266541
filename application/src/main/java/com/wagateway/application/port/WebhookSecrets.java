package com.wagateway.application.port;

import com.wagateway.domain.model.TenantId;

/** The per-tenant secret a provider presents when it calls the gateway's webhook endpoints. */
public interface WebhookSecrets {

  /** The secret to configure at the provider (a header value or a path segment). */
  String secretOf(TenantId tenant);

  /** Constant-time check of a presented secret. */
  boolean matches(TenantId tenant, String presented);
}
