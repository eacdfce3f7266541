package com.wagateway.bootstrap.persistence;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.wagateway.domain.model.Tenant;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Tenants read recently, by id and by key digest, for {@code ttl}: the serving path then skips the
 * database reads (authenticating the key, authorising the tenant, running the use case) and the
 * decryption of the credentials. Every write in this process empties it, and a read that raced with
 * a write is never kept, so this process sees a change on its next request; another gateway process
 * sees it within {@code ttl}. A {@code ttl} of zero turns it off.
 *
 * <p>Bounded: at most {@code maxEntries} answers, the least used evicted first, and none kept past
 * {@code ttl}. Unknown keys are cached too (an empty answer), so without the bound anyone who can
 * reach the port could grow the heap with random bearer tokens.
 */
final class TenantCache {
  /** Enough for every tenant by id and by key many times over; about 1 KB each at most. */
  static final int MAX_ENTRIES = 10_000;

  private record Entry(Optional<Tenant> tenant, long expiresAt) {}

  private final long ttlNanos;
  private final LongSupplier nanos;
  private final AtomicLong generation = new AtomicLong();
  private final Cache<Object, Entry> entries;

  TenantCache(Duration ttl, LongSupplier nanos) {
    this(ttl, nanos, MAX_ENTRIES);
  }

  TenantCache(Duration ttl, LongSupplier nanos, int maxEntries) {
    this.ttlNanos = ttl.toNanos();
    this.nanos = nanos;
    this.entries =
        Caffeine.newBuilder()
            .maximumSize(maxEntries)
            .expireAfterWrite(Duration.ofNanos(Math.max(1, ttlNanos)))
            .ticker(nanos::getAsLong)
            // Evictions run on the caller's thread: no pool, and the bound holds when put returns.
            .executor(Runnable::run)
            .build();
  }

  /** How many answers it holds now (evictions done). */
  long size() {
    entries.cleanUp();
    return entries.estimatedSize();
  }

  /** The cached answer for {@code key} (a TenantId or an ApiKeyDigest), or {@code read}'s. */
  Optional<Tenant> get(Object key, Supplier<Optional<Tenant>> read) {
    if (ttlNanos <= 0) {
      return read.get();
    }
    long now = nanos.getAsLong();
    Entry cached = entries.getIfPresent(key);
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
      entries.asMap().remove(key, entry);
      fresh.ifPresent(tenant -> entries.asMap().remove(tenant.id(), entry));
    }
    return fresh;
  }

  /**
   * The cached answer for {@code key} while it is fresh, else null: never reads, so it may be asked
   * on an event loop.
   */
  Optional<Tenant> fresh(Object key) {
    Entry cached = ttlNanos <= 0 ? null : entries.getIfPresent(key);
    return cached != null && cached.expiresAt() - nanos.getAsLong() > 0 ? cached.tenant() : null;
  }

  /** A tenant changed: nothing read before now may be served again. */
  void invalidate() {
    generation.incrementAndGet();
    entries.invalidateAll();
  }
}
