package com.wagateway.bootstrap.persistence;

import com.wagateway.domain.model.Tenant;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Tenants read recently, by id and by key digest, for {@code ttl}: the serving path then skips the
 * database reads (authenticating the key, authorising the tenant, running the use case) and the
 * decryption of the credentials. Every write in this process empties it, and a read that raced with
 * a write is never kept, so this process sees a change on its next request; another gateway process
 * sees it within {@code ttl}. A {@code ttl} of zero turns it off.
 */
final class TenantCache {
  private record Entry(Optional<Tenant> tenant, long expiresAt) {}

  private final long ttlNanos;
  private final LongSupplier nanos;
  private final AtomicLong generation = new AtomicLong();
  private final Map<Object, Entry> entries = new ConcurrentHashMap<>();

  TenantCache(Duration ttl, LongSupplier nanos) {
    this.ttlNanos = ttl.toNanos();
    this.nanos = nanos;
  }

  /** The cached answer for {@code key} (a TenantId or an ApiKeyDigest), or {@code read}'s. */
  Optional<Tenant> get(Object key, Supplier<Optional<Tenant>> read) {
    if (ttlNanos <= 0) {
      return read.get();
    }
    long now = nanos.getAsLong();
    Entry cached = entries.get(key);
    if (cached != null && cached.expiresAt() - now > 0) {
      return cached.tenant();
    }
    long before = generation.get();
    Optional<Tenant> fresh = read.get();
    Entry entry = new Entry(fresh, now + ttlNanos);
    entries.put(key, entry);
    // Found by its key digest, it is known by its id too: authorising the caller's tenant next
    // needs no second read.
    fresh.ifPresent(tenant -> entries.put(tenant.id(), entry));
    if (generation.get() != before) {
      // A write happened meanwhile: what we read may be old.
      entries.remove(key, entry);
      fresh.ifPresent(tenant -> entries.remove(tenant.id(), entry));
    }
    return fresh;
  }

  /**
   * The cached answer for {@code key} while it is fresh, else null: never reads, so it may be asked
   * on an event loop.
   */
  Optional<Tenant> fresh(Object key) {
    Entry cached = ttlNanos <= 0 ? null : entries.get(key);
    return cached != null && cached.expiresAt() - nanos.getAsLong() > 0 ? cached.tenant() : null;
  }

  /** A tenant changed: nothing read before now may be served again. */
  void invalidate() {
    generation.incrementAndGet();
    entries.clear();
  }
}
