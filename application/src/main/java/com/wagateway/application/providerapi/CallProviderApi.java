package com.wagateway.application.providerapi;

import com.wagateway.application.admin.AuditEvent;
import com.wagateway.application.port.AuditTrail;
import com.wagateway.application.port.SendRateLimit;
import com.wagateway.application.tenant.ProviderRouter;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.error.CapabilityNotSupportedException;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.port.ProviderApi;
import com.wagateway.domain.providerapi.ProviderOperation;
import com.wagateway.domain.providerapi.ProviderReply;
import com.wagateway.domain.providerapi.ProviderRequest;
import java.time.Clock;
import java.util.Map;

/**
 * Calls one operation of a provider's own API for a tenant bound to that provider. The request is
 * checked against the provider's description before anything is sent; sends count against the
 * tenant's rate limit; every change the provider accepted is written to the audit trail (method and
 * path only: bodies and query strings may carry personal data or secrets).
 */
public final class CallProviderApi {
  /** The audit trail's actor for changes made through a tenant's API key. */
  public static final String ACTOR = "tenant-api";

  private final TenantResolver tenants;
  private final ProviderRouter router;
  private final SendRateLimit rateLimit;
  private final AuditTrail audit;
  private final Clock clock;

  public CallProviderApi(
      TenantResolver tenants,
      ProviderRouter router,
      SendRateLimit rateLimit,
      AuditTrail audit,
      Clock clock) {
    this.tenants = tenants;
    this.router = router;
    this.rateLimit = rateLimit;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Calls {@code request} on {@code provider}'s API.
   *
   * @throws CapabilityNotSupportedException when the tenant is bound to another provider, or its
   *     provider's API is not passed through
   */
  public ProviderReply call(TenantId tenantId, ProviderId provider, ProviderRequest request) {
    ProviderAccount account = tenants.require(tenantId).account();
    if (account.provider() != provider) {
      throw new CapabilityNotSupportedException(
          tenantId,
          account.provider(),
          Operation.PROVIDER_API,
          "Operations of "
              + provider.key()
              + "'s own API need a tenant on "
              + provider.key()
              + "; this tenant is on "
              + account.provider().key());
    }
    ProviderApi api = router.port(ProviderApi.class, account, Operation.PROVIDER_API);
    ProviderOperation operation = api.resolve(tenantId, request);
    if (request.method().onlyReads()) {
      return api.read(account, request);
    }
    if (SendingOperations.sends(operation)) {
      rateLimit.acquire(tenantId);
    }
    ProviderReply reply = api.change(account, request);
    audit.record(
        new AuditEvent(
            null,
            clock.instant(),
            ACTOR,
            provider.key() + ".api.called",
            tenantId,
            Map.of(
                "operation", operation.toString(),
                "path", request.path(),
                "status", String.valueOf(reply.status()))));
    return reply;
  }
}
