package com.wagateway.application.fake;

import com.wagateway.application.port.IdempotencyStore;
import com.wagateway.domain.model.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Idempotency keys in memory, with the same rules as the real store, leases included. */
public final class InMemoryIdempotencyStore implements IdempotencyStore {
  private record Entry(
      String hash, String messageId, boolean completed, Instant at, Instant leaseUntil) {}

  private final Map<String, Entry> entries = new HashMap<>();

  @Override
  public synchronized Reservation reserve(
      TenantId tenant,
      String key,
      String requestHash,
      String messageId,
      Instant now,
      Duration window,
      Instant leaseUntil) {
    String id = tenant + "/" + key;
    Entry existing = entries.get(id);
    if (existing == null || existing.at().plus(window).isBefore(now)) {
      entries.put(id, new Entry(requestHash, messageId, false, now, leaseUntil));
      return new Reservation.Reserved();
    }
    if (existing.completed()) {
      return new Reservation.Completed(existing.hash(), existing.messageId());
    }
    if (existing.leaseUntil().isBefore(now) && existing.hash().equals(requestHash)) {
      entries.put(
          id, new Entry(existing.hash(), existing.messageId(), false, existing.at(), leaseUntil));
      return new Reservation.TakenOver(existing.hash(), existing.messageId());
    }
    return new Reservation.InProgress(existing.hash());
  }

  @Override
  public synchronized void complete(TenantId tenant, String key) {
    entries.computeIfPresent(
        tenant + "/" + key, (k, e) -> new Entry(e.hash(), e.messageId(), true, e.at(), null));
  }

  @Override
  public synchronized void release(TenantId tenant, String key) {
    entries.remove(tenant + "/" + key);
  }
}
