package com.wagateway.application.messaging;

import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.error.ProviderException;

/** What a failed send says about whether the message went out. */
final class SendFailures {
  private SendFailures() {}

  /**
   * True when the provider may have sent the message although the call failed: it did not answer in
   * time, broke off the exchange after the request went out, answered a 5xx, or answered something
   * unreadable. False when the failure proves nothing was sent: the gateway refused before calling
   * (its rate limit, an open circuit, a full bulkhead), the provider could not be reached at all,
   * or it refused the request with a 4xx.
   */
  static boolean mayHaveSent(Throwable failure) {
    if (!(failure instanceof ProviderException provider)) {
      return false;
    }
    if (provider.code() == ErrorCode.PROVIDER_TIMEOUT) {
      return true;
    }
    return provider.code() == ErrorCode.PROVIDER_ERROR
        && provider.providerStatus().map(status -> status >= 500).orElse(true);
  }
}
