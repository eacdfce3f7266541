package com.wagateway.adapter.rest.console;

import com.wagateway.domain.instance.ConnectionState;
import com.wagateway.domain.instance.InstanceState;
import com.wagateway.domain.instance.QrCode;

/**
 * What the link page shows: "connected" (with the profile name when the provider reports one), or
 * the QR code to scan as a {@code data:} URL, so the image never needs a second authenticated
 * fetch.
 */
public record LinkState(
    String state, String providerState, String name, String qrDataUrl, Integer expiresIn) {

  public boolean connected() {
    return ConnectionState.CONNECTED.name().equals(state);
  }

  static LinkState connected(InstanceState instance, String name) {
    return new LinkState(instance.state().name(), instance.providerState(), name, null, null);
  }

  static LinkState toScan(InstanceState instance, QrCode qr) {
    return new LinkState(
        instance.state().name(),
        instance.providerState(),
        null,
        "data:image/png;base64," + qr.base64(),
        qr.expiresInSeconds());
  }
}
