package com.wagateway.adapter.whapi;

import com.wagateway.adapter.whapi.WhapiResponses.Qr;
import com.wagateway.domain.error.ProviderException;
import com.wagateway.domain.instance.QrCode;
import com.wagateway.domain.model.ProviderAccount;
import java.util.Base64;

/** Turns Whapi's {@code QR} answer (a base64 PNG, usually as a data URI) into PNG bytes. */
final class WhapiQrCodes {
  private WhapiQrCodes() {}

  static QrCode toDomain(ProviderAccount account, Qr qr) {
    String base64 = qr.base64();
    if (base64 == null || base64.isBlank()) {
      throw WhapiJson.notAsDocumented(account, "base64 QR (status " + qr.status() + ")");
    }
    int comma = base64.indexOf(',');
    String data = base64.startsWith("data:") && comma > 0 ? base64.substring(comma + 1) : base64;
    try {
      byte[] png = Base64.getMimeDecoder().decode(data.strip());
      if (png.length == 0) {
        throw WhapiJson.notAsDocumented(account, "base64 QR");
      }
      Integer expires = qr.expire() == null ? null : (int) Math.round(qr.expire());
      return new QrCode(png, expires);
    } catch (IllegalArgumentException e) {
      throw ProviderException.error(account, null, "Whapi's QR code is not valid base64", e);
    }
  }
}
