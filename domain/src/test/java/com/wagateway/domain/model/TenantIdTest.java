package com.wagateway.domain.model;

import static com.wagateway.domain.Violations.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantIdTest {
  private static final String RULE =
      "must be 1-64 lower-case letters, digits, '-' or '_', starting alphanumeric";

  @ParameterizedTest
  @ValueSource(strings = {"a", "7", "acme", "acme-co_2", "0day", "a-", "a_"})
  void acceptsLowerCaseUrlSafeIds(String value) {
    assertThat(new TenantId(value).value()).isEqualTo(value);
  }

  @Test
  void acceptsSixtyFourCharactersButNotSixtyFive() {
    assertThat(new TenantId("a".repeat(64)).value()).hasSize(64);
    assertViolation(() -> new TenantId("a".repeat(65)), "tenantId", RULE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "Acme", "ACME", "-acme", "_acme", "acme co", "acme.co", "acme/co", "ácme", " a"
      })
  void rejectsIdsOutsideTheAlphabet(String value) {
    assertViolation(() -> new TenantId(value), "tenantId", RULE);
  }

  @Test
  void rejectsMissingId() {
    assertViolation(() -> new TenantId(null), "tenantId", "must be present");
  }

  @Test
  void printsAsItsPlainValue() {
    assertThat(new TenantId("acme")).hasToString("acme");
  }

  @Test
  void equalsById() {
    assertThat(new TenantId("acme"))
        .isEqualTo(new TenantId("acme"))
        .isNotEqualTo(new TenantId("b"));
  }
}
