package com.wagateway.domain.instance;

/** The unified view of a WhatsApp session, whatever words the provider uses. */
public enum ConnectionState {
  CONNECTED,
  QR_REQUIRED,
  CONNECTING,
  DISCONNECTED,
  ERROR,
  UNKNOWN
}
