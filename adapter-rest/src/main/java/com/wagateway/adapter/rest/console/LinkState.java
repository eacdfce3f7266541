package com.wagateway.adapter.rest.console;

import com.wagateway.domain.instance.ConnectionState;
import com.wagateway.domain.instance.InstanceState;
import com.wagateway.domain.instance.LinkedNumber;
import com.wagateway.domain.instance.QrCode;
import java.util.function.Supplier;

/**
 * What the link page shows: "connected" with the linked number and name (each when known), or the
 * QR code to scan as a {@code data:} URL, so the image never needs a second authenticated fetch.
 */
public record LinkState(
    String state,
    String providerState,
    String name,
    String phone,
    String qrDataUrl,
    Integer expiresIn) {

  public boolean connected() {
    return ConnectionState.CONNECTED.name().equals(state);
  }

  /**
   * The name is the linked account's; {@code fallbackName} (a second provider call) is asked only
   * when the status did not name it.
   */
  static LinkState connected(InstanceState instance, Supplier<String> fallbackName) {
    LinkedNumber linked = instance.linked();
    boolean named = linked != null && linked.name() != null;
    return new LinkState(
        instance.state().name(),
        instance.providerState(),
        named ? linked.name() : fallbackName.get(),
        linked == null ? null : linked.phone(),
        null,
        null);
  }

  static LinkState toScan(InstanceState instance, QrCode qr) {
    return new LinkState(
        instance.state().name(),
        instance.providerState(),
        null,
        null,
        "data:image/png;base64," + qr.base64(),
        qr.expiresInSeconds());
  }
}
