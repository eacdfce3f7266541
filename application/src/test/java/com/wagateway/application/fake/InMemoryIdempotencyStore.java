package com.wagateway.application.fake;

import com.wagateway.application.port.IdempotencyStore;
import com.wagateway.domain.model.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Idempotency keys in memory, with the same reserve/complete/release rules as the real store. */
public final class InMemoryIdempotencyStore implements IdempotencyStore {
  private record Entry(String hash, String messageId, Instant at) {}

  private final Map<String, Entry> entries = new HashMap<>();

  @Override
  public synchronized Reservation reserve(
      TenantId tenant, String key, String requestHash, Instant now, Duration ttl) {
    Entry existing = entries.get(tenant + "/" + key);
    if (existing == null || existing.at().plus(ttl).isBefore(now)) {
      entries.put(tenant + "/" + key, new Entry(requestHash, null, now));
      return new Reservation.Reserved();
    }
    return existing.messageId() == null
        ? new Reservation.InProgress(existing.hash())
        : new Reservation.Completed(existing.hash(), existing.messageId());
  }

  @Override
  public synchronized void complete(TenantId tenant, String key, String messageId) {
    entries.computeIfPresent(tenant + "/" + key, (k, e) -> new Entry(e.hash(), messageId, e.at()));
  }

  @Override
  public synchronized void release(TenantId tenant, String key) {
    entries.remove(tenant + "/" + key);
  }
}
