package com.wagateway.domain.instance;

import com.wagateway.domain.model.Require;
import java.util.Arrays;
import java.util.Base64;

/** A login QR code as PNG bytes, with its lifetime when the provider tells it. */
public record QrCode(byte[] png, Integer expiresInSeconds) {
  public QrCode {
    Require.present(png, "png");
    png = png.clone();
  }

  @Override
  public byte[] png() {
    return png.clone();
  }

  public String base64() {
    return Base64.getEncoder().encodeToString(png);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof QrCode qr
        && Arrays.equals(png, qr.png)
        && java.util.Objects.equals(expiresInSeconds, qr.expiresInSeconds);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(png);
  }

  @Override
  public String toString() {
    return "QrCode[" + png.length + " bytes, expiresInSeconds=" + expiresInSeconds + "]";
  }
}
