package com.wagateway.application.port;

import com.wagateway.application.outbound.Attempt;
import com.wagateway.application.outbound.ClaimedDelivery;
import com.wagateway.application.outbound.Delivery;
import com.wagateway.application.outbound.DeliveryQuery;
import com.wagateway.application.outbound.NewDelivery;
import com.wagateway.application.paging.Page;
import com.wagateway.domain.model.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The persisted outbox of webhook deliveries. Deliveries are written in the transaction that stores
 * their event, so an event is never stored without them; a worker claims due ones with a lease, so
 * a crash mid-attempt only delays the delivery until the lease runs out.
 */
public interface DeliveryOutbox {

  void enqueue(NewDelivery delivery);

  /**
   * Leases up to {@code max} pending deliveries due at {@code now} (and not leased by another
   * worker) until {@code leaseUntil}; each is claimed by one caller only.
   */
  List<ClaimedDelivery> claimDue(Instant now, Instant leaseUntil, int max);

  /** The subscriber took it: the delivery is DELIVERED. */
  void recordSuccess(String id, Attempt attempt);

  /**
   * The attempt failed: the delivery waits for {@code nextAttemptAt}, or is DEAD when that is null.
   */
  void recordFailure(String id, Attempt attempt, Instant nextAttemptAt);

  /** One delivery with its attempt history. */
  Optional<Delivery> find(TenantId tenant, String id);

  /** The tenant's deliveries newest first, without history. */
  Page<Delivery> list(TenantId tenant, DeliveryQuery query, String cursor, int limit);

  /**
   * Makes the delivery due at {@code now} with a fresh budget of attempts, whatever its state.
   *
   * @return false when the tenant has no such delivery
   */
  boolean replay(TenantId tenant, String id, Instant now);
}
