package com.wagateway.domain.model;

import static com.wagateway.domain.Violations.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProviderIdTest {

  @Test
  void findsProvidersByTheirStableKeys() {
    assertThat(ProviderId.fromKey("whapi")).isEqualTo(ProviderId.WHAPI);
    assertThat(ProviderId.fromKey("apiwhatsappweb")).isEqualTo(ProviderId.APIWHATSAPPWEB);
  }

  @ParameterizedTest
  @EnumSource(ProviderId.class)
  void roundTripsEveryKey(ProviderId provider) {
    assertThat(ProviderId.fromKey(provider.key())).isEqualTo(provider);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "WHAPI", "Whapi", "APIWHATSAPPWEB", "api-whatsapp-web", "twilio"})
  void rejectsUnknownKeys(String key) {
    assertViolation(
        () -> ProviderId.fromKey(key), "provider", "must be one of whapi, apiwhatsappweb");
  }
}
