package com.wagateway.domain.contract;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.error.GatewayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Failure behaviour every port implementation shares: each failure becomes one domain code. */
public abstract class ProviderFailureContract implements ProviderFailureHooks {

  /** One representative call of the port under test. */
  protected abstract void callProvider();

  @Test
  void refusedCredentialsBecomeProviderAuthFailed() {
    providerRejectsCredentials();
    assertFailsWith(ErrorCode.PROVIDER_AUTH_FAILED, this::callProvider);
  }

  @Test
  void providerServerErrorBecomesProviderError() {
    providerFailsInternally();
    assertFailsWith(ErrorCode.PROVIDER_ERROR, this::callProvider);
  }

  @Test
  void undocumentedBodyBecomesProviderError() {
    providerAnswersGarbage();
    assertFailsWith(ErrorCode.PROVIDER_ERROR, this::callProvider);
  }

  @Test
  void slowProviderBecomesProviderTimeout() {
    providerIsTooSlow();
    assertFailsWith(ErrorCode.PROVIDER_TIMEOUT, this::callProvider);
  }

  @Test
  void unreachableProviderBecomesProviderUnavailable() {
    providerIsUnreachable();
    assertFailsWith(ErrorCode.PROVIDER_UNAVAILABLE, this::callProvider);
  }

  protected static void assertFailsWith(ErrorCode code, Executable call) {
    assertThatThrownBy(call::execute)
        .isInstanceOf(GatewayException.class)
        .satisfies(
            e ->
                org.assertj.core.api.Assertions.assertThat(((GatewayException) e).code())
                    .isEqualTo(code))
        .satisfies(
            e ->
                org.assertj.core.api.Assertions.assertThat(((GatewayException) e).provider())
                    .isPresent());
  }
}
