package com.wagateway.adapter.rest.instance;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wagateway.domain.instance.QrCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A login QR code as base64 PNG. */
@Schema(name = "QrCode")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QrResponse(
    @Schema(
            description = "PNG image, base64-encoded",
            example =
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
        String qr,
    @Schema(description = "Seconds until the code expires, when the provider says", example = "20")
        Integer expiresInSeconds) {

  static QrResponse of(QrCode code) {
    return new QrResponse(code.base64(), code.expiresInSeconds());
  }
}
