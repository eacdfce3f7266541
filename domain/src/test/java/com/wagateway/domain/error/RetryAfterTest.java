package com.wagateway.domain.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private static final Instant NOW = Instant.parse("2025-01-01T12:00:00Z");

  @Test
  void readsDeltaSeconds() {
    assertThat(RetryAfter.parse(" 30 ", NOW)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void readsAnHttpDateAsTheWaitUntilIt() {
    assertThat(RetryAfter.parse("Wed, 01 Jan 2025 12:01:30 GMT", NOW))
        .isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void aPastHttpDateMeansNoWait() {
    assertThat(RetryAfter.parse("Wed, 01 Jan 2025 11:00:00 GMT", NOW)).isEqualTo(Duration.ZERO);
  }

  @Test
  void absentOrUnreadableGivesNoHint() {
    assertThat(RetryAfter.parse(null, NOW)).isNull();
    assertThat(RetryAfter.parse("", NOW)).isNull();
    assertThat(RetryAfter.parse("soon", NOW)).isNull();
    assertThat(RetryAfter.parse("99999999999999999999999", NOW)).isNull();
  }
}
