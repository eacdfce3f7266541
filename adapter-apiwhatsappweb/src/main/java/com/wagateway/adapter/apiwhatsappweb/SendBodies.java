package com.wagateway.adapter.apiwhatsappweb;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** JSON bodies of the send API: text is documented, media and location are assumed. */
final class SendBodies {
  private SendBodies() {}

  /** Any send body; optional fields left {@code null} are not written. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  sealed interface SendRequest {}

  record TextSend(String number, String message) implements SendRequest {}

  record ImageSend(String number, String image, String caption) implements SendRequest {}

  record DocumentSend(String number, String document, String fileName, String caption)
      implements SendRequest {}

  record AudioSend(String number, String audio) implements SendRequest {}

  record VideoSend(String number, String video, String caption) implements SendRequest {}

  record LocationSend(String number, double latitude, double longitude, String name, String address)
      implements SendRequest {}

  /** The send answer; {@code phone} comes as a JSON number and is kept as text. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record SendResponse(String message, String phone, String messageId, String error) {}
}
