package com.wagateway.domain.model;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * UUIDs of version 7 (RFC 9562): the first 48 bits are the Unix time in milliseconds, the other 74
 * free bits random. Ids made one after the other sort in the order they were made (to the
 * millisecond), so a database index on them grows at its end instead of being written all over, as
 * random (version 4) UUIDs make it. They identify, they do not protect: the random part comes from
 * {@link ThreadLocalRandom}, fast and unique enough, but not meant to be unguessable.
 */
public final class TimeOrderedUuid implements Supplier<UUID> {
  private final Clock clock;

  public TimeOrderedUuid(Clock clock) {
    this.clock = clock;
  }

  @Override
  public UUID get() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long millis = clock.millis();
    long high = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
    long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(high, low);
  }
}
