package com.wagateway.domain.contract;

/**
 * How a contract test makes the provider stub misbehave on its next call, in the provider's own
 * terms. Every adapter test implements these against its WireMock stub.
 */
public interface ProviderFailureHooks {

  /** The provider answers that the tenant's credentials are not valid. */
  void providerRejectsCredentials();

  /** The provider answers with a server error. */
  void providerFailsInternally();

  /** The provider answers 2xx with a body that is not what it documents. */
  void providerAnswersGarbage();

  /** The provider takes longer than the configured read timeout. */
  void providerIsTooSlow();

  /** Nothing listens where the provider should be. */
  void providerIsUnreachable();
}
