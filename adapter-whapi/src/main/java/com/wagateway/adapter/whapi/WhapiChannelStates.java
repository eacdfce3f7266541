package com.wagateway.adapter.whapi;

import com.wagateway.domain.instance.ConnectionState;
import java.util.Locale;
import java.util.Map;

/**
 * Whapi's {@code Health.status.text} (the {@code ChannelStatus} enum of OpenAPI 1.8.7, plus {@code
 * STOP}, which channels report when stopped) as the unified {@link ConnectionState}; a word Whapi
 * adds later becomes UNKNOWN rather than a failure.
 */
final class WhapiChannelStates {
  private static final Map<String, ConnectionState> STATES =
      Map.of(
          "AUTH", ConnectionState.CONNECTED,
          "QR", ConnectionState.QR_REQUIRED,
          "INIT", ConnectionState.CONNECTING,
          "LAUNCH", ConnectionState.CONNECTING,
          "NOT_INIT", ConnectionState.DISCONNECTED,
          "STOP", ConnectionState.DISCONNECTED,
          "ERROR", ConnectionState.ERROR,
          "SYNC_ERROR", ConnectionState.ERROR);

  private WhapiChannelStates() {}

  static ConnectionState of(String text) {
    return STATES.getOrDefault(text.strip().toUpperCase(Locale.ROOT), ConnectionState.UNKNOWN);
  }
}
