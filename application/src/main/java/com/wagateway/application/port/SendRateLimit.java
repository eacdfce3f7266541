package com.wagateway.application.port;

import com.wagateway.domain.model.TenantId;

/** How fast each tenant may send; asked once per send that will reach a provider. */
public interface SendRateLimit {

  /** No limit at all. */
  SendRateLimit UNLIMITED = tenant -> {};

  /**
   * Takes one send from the tenant's allowance.
   *
   * @throws com.wagateway.domain.error.RateLimitedException when the allowance is used up, with the
   *     time until the next send is allowed
   */
  void acquire(TenantId tenant);
}
