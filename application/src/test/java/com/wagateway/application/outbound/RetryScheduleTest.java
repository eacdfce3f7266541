package com.wagateway.application.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {
  private final RetrySchedule schedule =
      new RetrySchedule(8, Duration.ofSeconds(10), Duration.ofMinutes(5), 0.2);

  @Test
  void theNominalDelayDoublesAfterEachFailureUpToTheCap() {
    assertThat(schedule.nominalDelay(1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(schedule.nominalDelay(2)).isEqualTo(Duration.ofSeconds(20));
    assertThat(schedule.nominalDelay(3)).isEqualTo(Duration.ofSeconds(40));
    assertThat(schedule.nominalDelay(5)).isEqualTo(Duration.ofSeconds(160));
    assertThat(schedule.nominalDelay(6)).isEqualTo(Duration.ofMinutes(5));
    assertThat(schedule.nominalDelay(1_000)).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void aMiddleRandomValueGivesTheNominalDelay() {
    assertThat(schedule.delayAfter(3, () -> 0.5)).isEqualTo(Duration.ofSeconds(40));
  }

  @Test
  void jitterStaysWithinItsFractionOfTheNominalDelay() {
    assertThat(schedule.delayAfter(3, () -> 0.0)).isEqualTo(Duration.ofSeconds(32));
    assertThat(schedule.delayAfter(3, () -> 0.999_999_9))
        .isLessThanOrEqualTo(Duration.ofSeconds(48))
        .isGreaterThan(Duration.ofMillis(47_990));
    assertThat(schedule.delayAfter(6, () -> 0.999_999_9))
        .isLessThanOrEqualTo(Duration.ofMinutes(6));
  }

  @Test
  void withoutJitterTheDelayIsAlwaysNominal() {
    RetrySchedule exact = new RetrySchedule(3, Duration.ofSeconds(1), Duration.ofSeconds(4), 0);

    assertThat(exact.delayAfter(2, () -> 0.0)).isEqualTo(Duration.ofSeconds(2));
    assertThat(exact.delayAfter(2, () -> 0.9)).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void isExhaustedOnceMaxAttemptsFailed() {
    assertThat(schedule.exhausted(7)).isFalse();
    assertThat(schedule.exhausted(8)).isTrue();
    assertThat(schedule.exhausted(9)).isTrue();
    assertThat(new RetrySchedule(1, Duration.ZERO, Duration.ZERO, 0).exhausted(1)).isTrue();
  }

  @Test
  void refusesFewerThanOneAttempt() {
    assertThatThrownBy(() -> new RetrySchedule(0, Duration.ofSeconds(1), Duration.ofSeconds(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesANegativeInitialDelayOrAMaxDelayBelowIt() {
    assertThatThrownBy(() -> new RetrySchedule(3, Duration.ofSeconds(-1), Duration.ofSeconds(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetrySchedule(3, Duration.ofSeconds(10), Duration.ofSeconds(5), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesJitterOutsideZeroToOne() {
    Duration second = Duration.ofSeconds(1);

    assertThatThrownBy(() -> new RetrySchedule(3, second, second, -0.1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetrySchedule(3, second, second, 1.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetrySchedule(3, second, second, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
