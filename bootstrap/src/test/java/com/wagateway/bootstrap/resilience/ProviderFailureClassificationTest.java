package com.wagateway.bootstrap.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.domain.error.InstanceStateConflictException;
import com.wagateway.domain.error.ProviderException;
import com.wagateway.domain.error.RateLimitedException;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderCredentials;
import com.wagateway.domain.model.Secret;
import com.wagateway.domain.model.TenantId;
import java.io.IOException;
import java.time.Duration;
import java.util.stream.Stream;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which failures say the provider is unwell (they count against its circuit) and which only say the
 * request was refused (they never open it).
 */
class ProviderFailureClassificationTest {
  private static final ProviderAccount ACCOUNT =
      new ProviderAccount(
          new TenantId("classified"), new ProviderCredentials.Whapi(Secret.of("token")));

  static Stream<Arguments> providerSideFailures() {
    return Stream.of(
        Arguments.of("a 500", ProviderException.error(ACCOUNT, 500, "failed", null)),
        Arguments.of("a 503", ProviderException.error(ACCOUNT, 503, "failed", null)),
        Arguments.of(
            "a cut-off answer",
            ProviderException.error(ACCOUNT, null, "reset", new IOException("reset"))),
        Arguments.of(
            "an unreadable 200", ProviderException.error(ACCOUNT, 200, "not its JSON", null)),
        Arguments.of(
            "an unreachable provider",
            ProviderException.unavailable(ACCOUNT, new IOException("refused"))),
        Arguments.of(
            "an HTTP client timeout",
            ProviderException.timeout(ACCOUNT, new IOException("read timed out"))),
        Arguments.of("a fault tolerance timeout", new TimeoutException("too slow")));
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of("a rejected request", ProviderException.rejected(ACCOUNT, 400, "bad")),
        Arguments.of("a 422", ProviderException.rejected(ACCOUNT, 422, "bad")),
        Arguments.of("refused credentials", ProviderException.authFailed(ACCOUNT, 401, "no")),
        Arguments.of("an unpaid plan", ProviderException.authFailed(ACCOUNT, 402, "no")),
        Arguments.of(
            "the provider's rate limit",
            ProviderException.rateLimited(ACCOUNT, Duration.ofSeconds(3))),
        Arguments.of("an unknown message", ProviderException.notFound(ACCOUNT, 404, "no")),
        Arguments.of("a too large request", ProviderException.payloadTooLarge(ACCOUNT, 413)),
        Arguments.of(
            "the gateway's own rate limit",
            new RateLimitedException(ACCOUNT.tenantId(), Duration.ofSeconds(1))),
        Arguments.of(
            "an instance state conflict", new InstanceStateConflictException(ACCOUNT, "busy")),
        Arguments.of("a bug of the gateway", new IllegalStateException("bug")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("providerSideFailures")
  void countsProviderSideFailuresAgainstTheProvider(String what, Throwable failure) {
    assertThat(ProviderGuards.isProviderFailure(failure)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void neverCountsARefusedRequestAgainstTheProvider(String what, Throwable failure) {
    assertThat(ProviderGuards.isProviderFailure(failure)).isFalse();
  }
}
