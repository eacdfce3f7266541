package com.wagateway.adapter.apiwhatsappweb;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** JSON bodies of the configuration API, exactly as the provider documents them. */
final class ConfigBodies {
  private ConfigBodies() {}

  record PictureRequest(String image) {}

  record AutoReadRequest(boolean read) {}

  record NameRequest(String name) {}

  record DescriptionRequest(String description) {}

  /** Where a webhook kind goes; {@code URL} is upper-case on the wire, HTTPS only. */
  record WebhookUrlRequest(@JsonProperty("URL") String url) {}

  /** Every config answer: {@code success} or {@code error}, each a localised sentence. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ConfigResponse(String success, String error) {}

  /** The QR answer; {@code QR} is upper-case on the wire and holds base64 PNG. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record QrResponse(String success, String error, @JsonProperty("QR") String qr) {}
}
