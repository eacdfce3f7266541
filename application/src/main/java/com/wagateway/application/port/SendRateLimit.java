package com.wagateway.application.port;

import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Completions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

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

  /**
   * As {@link #acquire}, for a caller that must not block (an event loop): the stage fails with the
   * {@link com.wagateway.domain.error.RateLimitedException} itself. By default it asks {@link
   * #acquire} at once; an allowance kept in a database overrides it to ask off the caller's thread.
   */
  default CompletionStage<Void> acquireLater(TenantId tenant) {
    try {
      acquire(tenant);
      return CompletableFuture.completedFuture(null);
    } catch (RuntimeException refused) {
      return Completions.failed(refused);
    }
  }
}
