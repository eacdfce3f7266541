package com.wagateway.adapter.apiwhatsappweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.error.GatewayException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts a call failed with one domain code and leaked no credential on the way. */
final class GatewayAssertions {
  private GatewayAssertions() {}

  static GatewayException failsWith(ErrorCode code, ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(GatewayException.class);
    GatewayException failure = (GatewayException) thrown;
    assertThat(failure.code()).isEqualTo(code);
    for (Throwable t = failure; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(ProviderStub.KEY);
    }
    return failure;
  }
}
