package com.wagateway.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedUuidTest {
  private static final Instant AT = Instant.parse("2026-11-22T12:00:00.123Z");

  @Test
  void isAVersion7UuidOfTheIetfVariant() {
    UUID id = new TimeOrderedUuid(Clock.fixed(AT, ZoneOffset.UTC)).get();

    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2);
  }

  @Test
  void startsWithTheUnixTimeInMilliseconds() {
    UUID id = new TimeOrderedUuid(Clock.fixed(AT, ZoneOffset.UTC)).get();

    assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(AT.toEpochMilli());
    // As text too: the first 12 hex digits are the time, so ids sort as strings.
    assertThat(id.toString().replace("-", "").substring(0, 12))
        .isEqualTo(String.format("%012x", AT.toEpochMilli()));
  }

  @Test
  void laterIdsSortAfterEarlierOnesAsText() {
    UUID earlier = new TimeOrderedUuid(Clock.fixed(AT, ZoneOffset.UTC)).get();
    UUID later = new TimeOrderedUuid(Clock.fixed(AT.plusMillis(1), ZoneOffset.UTC)).get();

    assertThat(later.toString()).isGreaterThan(earlier.toString());
  }

  @Test
  void idsOfOneMillisecondDifferInTheirRandomBits() {
    TimeOrderedUuid ids = new TimeOrderedUuid(Clock.fixed(AT, ZoneOffset.UTC));
    Set<UUID> made = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      made.add(ids.get());
    }

    assertThat(made).hasSize(10_000);
  }
}
