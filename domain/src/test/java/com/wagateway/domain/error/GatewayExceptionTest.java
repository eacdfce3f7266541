package com.wagateway.domain.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderCredentials;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.Secret;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Operation;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GatewayExceptionTest {
  private final TenantId acme = new TenantId("acme");
  private final ProviderAccount account =
      new ProviderAccount(acme, new ProviderCredentials.Whapi(Secret.of("top-secret-token")));

  @Test
  void invalidValueSplitsFieldFromReason() {
    var e = new InvalidValueException("options[2]", "must not be blank");

    assertThat(e.field()).isEqualTo("options[2]");
    assertThat(e.reason()).isEqualTo("must not be blank");
    assertThat(e).hasMessage("options[2]: must not be blank");
    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    assertThat(e.tenantId()).isEmpty();
    assertThat(e.provider()).isEmpty();
  }

  @Test
  void capabilityNotSupportedNamesProviderAndOperation() {
    var e =
        new CapabilityNotSupportedException(acme, ProviderId.APIWHATSAPPWEB, Operation.SEND_POLL);

    assertThat(e.code()).isEqualTo(ErrorCode.CAPABILITY_NOT_SUPPORTED);
    assertThat(e).hasMessage("Provider 'apiwhatsappweb' does not support messages.poll");
    assertThat(e.operation()).isEqualTo(Operation.SEND_POLL);
    assertThat(e.tenantId()).contains(acme);
    assertThat(e.provider()).contains(ProviderId.APIWHATSAPPWEB);
  }

  @Test
  void tenantNotFoundCarriesTheTenant() {
    var e = new TenantNotFoundException(acme);

    assertThat(e.code()).isEqualTo(ErrorCode.TENANT_NOT_FOUND);
    assertThat(e).hasMessage("Tenant 'acme' does not exist");
    assertThat(e.tenantId()).contains(acme);
  }

  @Test
  void accessFailuresCarryTheirCodes() {
    assertThat(new UnauthenticatedException("no key").code()).isEqualTo(ErrorCode.UNAUTHENTICATED);
    assertThat(new ForbiddenException(acme, "no").code()).isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(new ForbiddenException(acme, "no").tenantId()).contains(acme);
  }

  @Test
  void instanceConflictCarriesTenantAndProvider() {
    var e = new InstanceStateConflictException(account, "already connected");

    assertThat(e.code()).isEqualTo(ErrorCode.INSTANCE_STATE_CONFLICT);
    assertThat(e.tenantId()).contains(acme);
    assertThat(e.provider()).contains(ProviderId.WHAPI);
  }

  @Test
  void providerFailuresMapToTheirCodesAndStatuses() {
    assertThat(ProviderException.rejected(account, 400, "bad").code())
        .isEqualTo(ErrorCode.PROVIDER_REJECTED);
    assertThat(ProviderException.authFailed(account, 401, "key").code())
        .isEqualTo(ErrorCode.PROVIDER_AUTH_FAILED);
    assertThat(ProviderException.notFound(account, 404, "gone").code())
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(ProviderException.payloadTooLarge(account, 413).providerStatus()).contains(413);
    assertThat(ProviderException.error(account, 500, "boom", null).providerStatus()).contains(500);
    assertThat(ProviderException.error(account, null, "?", null).providerStatus()).isEmpty();
  }

  @Test
  void rateLimitedKeepsTheRetryHint() {
    var e = ProviderException.rateLimited(account, Duration.ofSeconds(30));

    assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMITED);
    assertThat(e.providerStatus()).contains(429);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
    assertThat(ProviderException.rateLimited(account, null).retryAfter()).isEmpty();
  }

  @Test
  void anOverloadedGatewayAsksForARetryWithoutNamingATenantOrProvider() {
    var e = new GatewayOverloadedException("10000 writes are already waiting to be recorded");

    assertThat(e.code()).isEqualTo(ErrorCode.GATEWAY_OVERLOADED);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(1));
    assertThat(e.tenantId()).isEmpty();
    assertThat(e.provider()).isEmpty();
  }

  @Test
  void ioFailuresKeepTheirCauseButNoStatus() {
    var cause = new IOException("connection reset");

    var unavailable = ProviderException.unavailable(account, cause);
    var timeout = ProviderException.timeout(account, cause);

    assertThat(unavailable.code()).isEqualTo(ErrorCode.PROVIDER_UNAVAILABLE);
    assertThat(unavailable).hasCause(cause);
    assertThat(unavailable.providerStatus()).isEmpty();
    assertThat(timeout.code()).isEqualTo(ErrorCode.PROVIDER_TIMEOUT);
    assertThat(timeout.tenantId()).contains(acme);
    assertThat(timeout.provider()).contains(ProviderId.WHAPI);
  }

  @Test
  void providerFailuresNeverCarryTheCredential() {
    var e = ProviderException.authFailed(account, 401, "refused");

    assertThat(e.getMessage()).doesNotContain("top-secret-token");
  }
}
