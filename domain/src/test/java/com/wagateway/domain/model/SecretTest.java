package com.wagateway.domain.model;

import static com.wagateway.domain.Violations.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretTest {
  private final Secret secret = Secret.of("s3cr3t-token");

  @Test
  void masksItselfInToString() {
    assertThat(secret.toString()).isEqualTo("******").doesNotContain("s3cr3t");
  }

  @Test
  void masksItselfInsideRecordsThatHoldIt() {
    var credentials = new ProviderCredentials.Whapi(secret);

    assertThat(credentials.toString()).doesNotContain("s3cr3t");
  }

  @Test
  void revealsTheClearValueOnRequest() {
    assertThat(secret.reveal()).isEqualTo("s3cr3t-token");
  }

  @Test
  void matchesTheRightValue() {
    assertThat(secret.matches("s3cr3t-token")).isTrue();
  }

  @Test
  void doesNotMatchAWrongValueOfTheSameLength() {
    assertThat(secret.matches("s3cr3t-tokeN")).isFalse();
  }

  @Test
  void doesNotMatchValuesOfDifferentLength() {
    assertThat(secret.matches("s3cr3t-token-")).isFalse();
    assertThat(secret.matches("s3cr3t")).isFalse();
    assertThat(secret.matches("")).isFalse();
  }

  @Test
  void doesNotMatchNull() {
    assertThat(secret.matches(null)).isFalse();
  }

  @Test
  void doesNotMatchAfterTrimming() {
    assertThat(secret.matches(" s3cr3t-token")).isFalse();
  }

  @Test
  void equalsAnotherSecretWithTheSameValue() {
    assertThat(secret).isEqualTo(Secret.of("s3cr3t-token")).hasSameHashCodeAs(Secret.of("x"));
    assertThat(secret).isNotEqualTo(Secret.of("other")).isNotEqualTo("s3cr3t-token");
  }

  @Test
  void rejectsBlankOrMissingValue() {
    assertViolation(() -> Secret.of(" "), "secret", "must not be blank");
    assertViolation(() -> Secret.of(""), "secret", "must not be blank");
    assertViolation(() -> Secret.of(null), "secret", "must be present");
  }

  @Test
  void rejectsValuesLongerThan4096() {
    assertThat(Secret.of("k".repeat(4096)).reveal()).hasSize(4096);
    assertViolation(
        () -> Secret.of("k".repeat(4097)),
        "secret",
        "length must be between 1 and 4096 characters");
  }
}
