package com.wagateway.adapter.whapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Response bodies of the Whapi OpenAPI 1.8.7, reduced to the fields the gateway reads. */
final class WhapiResponses {
  private WhapiResponses() {}

  /** {@code SentMessage}: {@code sent} is required; {@code message.id} is the provider's id. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record SentMessage(Boolean sent, Message message) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Message(String id, String status) {}

  /** {@code ResponseSuccess}, the answer to reactions, profile changes and logout. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Success(Boolean success) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record UserProfile(String name, String about, String icon) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Health(ChannelStatus status) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ChannelStatus(String text) {}

  /** {@code QR}: {@code base64} is usually a {@code data:image/png;base64,...} URI. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Qr(String status, String base64, Double expire) {}

  /** {@code ResponseError}, the body of every documented failure. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ResponseError(Error error) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Error(Integer code, String message) {}
}
