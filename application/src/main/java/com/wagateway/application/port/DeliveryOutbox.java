package com.wagateway.application.port;

import com.wagateway.application.outbound.Attempt;
import com.wagateway.application.outbound.ClaimedDelivery;
import com.wagateway.application.outbound.Delivery;
import com.wagateway.application.outbound.DeliveryQuery;
import com.wagateway.application.outbound.NewDelivery;
import com.wagateway.application.paging.Page;
import com.wagateway.domain.model.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The persisted outbox of webhook deliveries. Deliveries are written in the transaction that stores
 * their event, so an event is never stored without them; a worker claims due ones with a lease, so
 * a crash mid-attempt only delays the delivery until the lease runs out.
 *
 * <p>Two clocks, on purpose. Due times ({@code nextAttemptAt}) are the caller's: they are computed
 * from its {@code now}, and a worker whose clock is a few seconds off only sends a retry a few
 * seconds early or late. Leases are the outbox's own (the database's clock): a lease is a promise
 * that no one else posts the delivery meanwhile, which a worker whose clock runs ahead must not be
 * able to break.
 */
public interface DeliveryOutbox {

  void enqueue(NewDelivery delivery);

  /**
   * Leases up to {@code max} pending deliveries due at {@code now} whose lease, if any, has ended
   * by the outbox's clock, for {@code lease} from the outbox's clock on; each is claimed by one
   * caller only and carries a new fencing token ({@link ClaimedDelivery#claim()}).
   */
  List<ClaimedDelivery> claimDue(Instant now, Duration lease, int max);

  /**
   * The subscriber took it: the delivery is DELIVERED and the attempt joins its history. Recording
   * uses the claim's token up, so a claim records one outcome at most.
   *
   * @return false, changing nothing, when the delivery no longer holds the claim's token (it was
   *     claimed again after the lease ran out, replayed, or deleted with its subscription)
   */
  boolean recordSuccess(ClaimedDelivery claimed, Attempt attempt);

  /**
   * The attempt failed: the delivery waits for {@code nextAttemptAt}, or is DEAD when that is null;
   * the attempt joins its history.
   *
   * @return false, changing nothing, when the delivery no longer holds the claim's token
   */
  boolean recordFailure(ClaimedDelivery claimed, Attempt attempt, Instant nextAttemptAt);

  /** One delivery with its attempt history. */
  Optional<Delivery> find(TenantId tenant, String id);

  /** The tenant's deliveries newest first, without history. */
  Page<Delivery> list(TenantId tenant, DeliveryQuery query, String cursor, int limit);

  /**
   * Makes the delivery PENDING, due at {@code now}, with a fresh budget of attempts, whatever its
   * state. It also issues a new fencing token but keeps a running lease: a delivery being posted
   * right now is posted again only after that lease ends, and the outcome of that earlier post is
   * not recorded, so it can neither undo the replay nor be posted by two workers at once.
   *
   * @return false when the tenant has no such delivery
   */
  boolean replay(TenantId tenant, String id, Instant now);
}
