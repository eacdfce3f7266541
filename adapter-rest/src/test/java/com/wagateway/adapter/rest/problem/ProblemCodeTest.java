package com.wagateway.adapter.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProblemCodeTest {

  @ParameterizedTest
  @EnumSource(ErrorCode.class)
  void everyDomainCodeHasAnHttpFace(ErrorCode code) {
    ProblemCode problem = ProblemCode.of(code);

    assertThat(problem.name()).isEqualTo(code.name());
    assertThat(problem.status()).isBetween(400, 599);
  }

  @Test
  void mapsTheContractStatuses() {
    assertThat(ProblemCode.of(ErrorCode.VALIDATION_FAILED).status()).isEqualTo(400);
    assertThat(ProblemCode.of(ErrorCode.PROVIDER_REJECTED).status()).isEqualTo(422);
    assertThat(ProblemCode.of(ErrorCode.CAPABILITY_NOT_SUPPORTED).status()).isEqualTo(501);
    assertThat(ProblemCode.of(ErrorCode.PROVIDER_AUTH_FAILED).status()).isEqualTo(502);
    assertThat(ProblemCode.of(ErrorCode.PROVIDER_UNAVAILABLE).status()).isEqualTo(503);
    assertThat(ProblemCode.of(ErrorCode.GATEWAY_OVERLOADED).status()).isEqualTo(503);
    assertThat(ProblemCode.of(ErrorCode.PROVIDER_TIMEOUT).status()).isEqualTo(504);
  }

  @Test
  void typesAreStableUrns() {
    assertThat(ProblemCode.RATE_LIMITED.type()).isEqualTo("urn:wagateway:problem:rate-limited");
  }
}
