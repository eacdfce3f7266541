package com.wagateway.application.port;

import com.wagateway.domain.model.TenantId;
import java.time.Duration;
import java.time.Instant;

/**
 * Remembers, per tenant, which {@code Idempotency-Key} produced which message. Reservation is
 * atomic: of two concurrent requests with one key, exactly one gets {@link Reservation.Reserved}.
 */
public interface IdempotencyStore {

  /**
   * Claims {@code key} for a request whose content hashes to {@code requestHash}; a claim older
   * than {@code ttl} counts as absent (and is replaced).
   */
  Reservation reserve(TenantId tenant, String key, String requestHash, Instant now, Duration ttl);

  /** The request under {@code key} produced this message. */
  void complete(TenantId tenant, String key, String messageId);

  /** The request under {@code key} failed: the key may be used again. */
  void release(TenantId tenant, String key);

  /** What a reservation found. */
  sealed interface Reservation {
    /** The key is now this request's. */
    record Reserved() implements Reservation {}

    /** Another request holds the key and has not finished. */
    record InProgress(String requestHash) implements Reservation {}

    /** A request with the key finished and produced this message. */
    record Completed(String requestHash, String messageId) implements Reservation {}
  }
}
