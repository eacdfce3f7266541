package com.wagateway.application.port;

import com.wagateway.domain.model.TenantId;
import java.time.Duration;
import java.time.Instant;

/**
 * Remembers, per tenant, which {@code Idempotency-Key} is bound to which message. Reservation is
 * atomic: of two concurrent requests with one key, exactly one gets {@link Reservation.Reserved}.
 *
 * <p>A key is bound to its message's id from the moment it is reserved, before anything is recorded
 * or sent, so whatever happens next (a crash, a lost answer) the key still names the message. A
 * reservation in progress holds a lease: a request that finds the lease run out takes the key over,
 * with its message, instead of waiting for a request that will never finish.
 */
public interface IdempotencyStore {

  /**
   * Claims {@code key} for a request whose content hashes to {@code requestHash}, binding it to
   * {@code messageId} and leasing it until {@code leaseUntil}. A key claimed longer than {@code
   * window} before {@code now} counts as absent (and is replaced).
   */
  Reservation reserve(
      TenantId tenant,
      String key,
      String requestHash,
      String messageId,
      Instant now,
      Duration window,
      Instant leaseUntil);

  /** The request under {@code key} has its outcome: the key stays bound to its message. */
  void complete(TenantId tenant, String key);

  /** The request under {@code key} provably sent nothing: the key may be used again. */
  void release(TenantId tenant, String key);

  /** What a reservation found. */
  sealed interface Reservation {
    /** The key is now this request's, bound to the message id it offered. */
    record Reserved() implements Reservation {}

    /** Another request holds the key, and its lease has not run out. */
    record InProgress(String requestHash) implements Reservation {}

    /** A request with the key finished, with this message. */
    record Completed(String requestHash, String messageId) implements Reservation {}

    /**
     * The request that held the key stopped before it finished (its lease ran out): the key, still
     * bound to {@code messageId}, is now this request's. Only a request with the same content takes
     * a key over; another one finds it {@link InProgress}.
     */
    record TakenOver(String requestHash, String messageId) implements Reservation {}
  }
}
