package com.wagateway.domain.instance;

import static com.wagateway.domain.Violations.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class QrCodeTest {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

  @Test
  void copiesTheBytesItIsGiven() {
    byte[] png = PNG.clone();
    QrCode qr = new QrCode(png, 60);

    png[0] = 0;

    assertThat(qr.png()).containsExactly(PNG);
  }

  @Test
  void handsOutACopyOfItsBytes() {
    QrCode qr = new QrCode(PNG, 60);

    qr.png()[0] = 0;

    assertThat(qr.png()).containsExactly(PNG);
  }

  @Test
  void encodesTheBytesAsStandardBase64() {
    assertThat(new QrCode(PNG, null).base64()).isEqualTo("iVBORw==");
  }

  @Test
  void equalsByContentNotArrayIdentity() {
    assertThat(new QrCode(PNG.clone(), 20))
        .isEqualTo(new QrCode(PNG.clone(), 20))
        .hasSameHashCodeAs(new QrCode(PNG.clone(), 20))
        .isNotEqualTo(new QrCode(PNG.clone(), 30))
        .isNotEqualTo(new QrCode(new byte[] {1}, 20));
  }

  @Test
  void printsSizeAndLifetimeOnly() {
    assertThat(new QrCode(PNG, 45)).hasToString("QrCode[4 bytes, expiresInSeconds=45]");
  }

  @Test
  void requiresBytes() {
    assertViolation(() -> new QrCode(null, 60), "png", "must be present");
  }

  @Test
  void instanceStateRequiresStateAndTime() {
    Instant now = Instant.parse("2025-01-01T00:00:00Z");

    assertThat(new InstanceState(ConnectionState.CONNECTED, null, now).providerState()).isNull();
    assertViolation(() -> new InstanceState(null, "x", now), "state", "must be present");
    assertViolation(
        () -> new InstanceState(ConnectionState.ERROR, "x", null), "checkedAt", "must be present");
  }
}
