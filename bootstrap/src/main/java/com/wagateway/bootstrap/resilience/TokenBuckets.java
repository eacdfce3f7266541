package com.wagateway.bootstrap.resilience;

import com.wagateway.domain.model.TenantId;

/**
 * Where the tenants' send-rate buckets live: in this process ({@link InMemoryTokenBuckets}), or in
 * the database, shared by every gateway process on it.
 */
public interface TokenBuckets {

  /**
   * Takes one token from the tenant's bucket, refilled first by the time passed since the last
   * take.
   *
   * @return 0 when a token was taken, else the nanoseconds until one is available
   */
  long take(TenantId tenant, SendLimit limit);

  /** Whether {@link #take} waits for I/O, so must not run on an event loop. */
  boolean blocks();

  /** Drops a deleted tenant's bucket. */
  void forget(TenantId tenant);
}
