package com.wagateway.adapter.whapi;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.wagateway.domain.contract.ProviderFailureHooks;

/**
 * The failure hooks every Whapi contract test shares, played by {@link WhapiStubs}; only {@link
 * #providerIsUnreachable()} is left to each test, as it rebuilds its own port.
 */
interface WhapiFailureStubs extends ProviderFailureHooks {

  /** The WireMock server standing in for Whapi. */
  WireMockServer whapi();

  @Override
  default void providerRejectsCredentials() {
    WhapiStubs.rejectsCredentials(whapi());
  }

  @Override
  default void providerFailsInternally() {
    WhapiStubs.failsInternally(whapi());
  }

  @Override
  default void providerAnswersGarbage() {
    WhapiStubs.answersGarbage(whapi());
  }

  @Override
  default void providerIsTooSlow() {
    WhapiStubs.isTooSlow(whapi());
  }
}
