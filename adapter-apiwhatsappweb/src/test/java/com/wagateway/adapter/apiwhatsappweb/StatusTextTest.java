package com.wagateway.adapter.apiwhatsappweb;

import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.domain.instance.ConnectionState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatusTextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"Instancia activa", "INSTANCIA ACTIVA", "Instance active", "Instância ativa"})
  void readsActiveInAnyKnownLanguageAsConnected(String sentence) {
    assertThat(StatusText.state(sentence)).isEqualTo(ConnectionState.CONNECTED);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Instancia inactiva",
        "instancia INACTIVA",
        "Instance inactive",
        "Instância inativa"
      })
  void readsInactiveInAnyKnownLanguageAsDisconnected(String sentence) {
    assertThat(StatusText.state(sentence)).isEqualTo(ConnectionState.DISCONNECTED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Estado desconocido", "desactivada", "ok", ""})
  void readsAnythingElseAsUnknown(String sentence) {
    assertThat(StatusText.state(sentence)).isEqualTo(ConnectionState.UNKNOWN);
  }
}
