package com.wagateway.adapter.whapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

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

  /** {@code Health}: {@code user} is the linked account, present once the channel is authorised. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Health(ChannelStatus status, Contact user) {}

  /** {@code Contact}: {@code id} is the WA id; {@code pushname} the account's own WhatsApp name. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Contact(String id, String name, String pushname) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ChannelStatus(String text) {}

  /** {@code QR}: {@code base64} is usually a {@code data:image/png;base64,...} URI. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Qr(String status, String base64, Double expire) {}

  /**
   * {@code Settings}, reduced to {@code webhooks} (absent when none is set); each entry is kept
   * whole, as a JSON tree, so that it can be sent back unchanged.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Settings(List<JsonNode> webhooks) {}

  /** {@code UpdateSettings}: {@code after_update} is required by the spec. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record SettingsUpdated(@JsonProperty("after_update") Settings afterUpdate) {}

  /** {@code UploadMediaResponse}: one entry per stored file, each with its {@code MediaID}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record UploadedMedia(List<UploadedFile> media) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record UploadedFile(String id) {}

  /** {@code MediaFilesList}: one slice of the store, and how many files it holds. */
  record MediaFilesList(List<StoredFile> files, Integer total) {}

  /** {@code MediaFile}: {@code timestamp} is when it was stored, in epoch seconds. */
  record StoredFile(
      String id,
      @JsonProperty("mime_type") String mimeType,
      @JsonProperty("file_size") Long fileSize,
      @JsonProperty("file_name") String fileName,
      Double timestamp) {}

  /** {@code ResponseError}, the body of every documented failure. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ResponseError(Error error) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Error(Integer code, String message) {}

  /** {@code CheckContactResponse}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record CheckedContacts(List<CheckedContact> contacts) {}

  /** {@code CheckContact}: {@code status} is valid or invalid; {@code wa_id} only when valid. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record CheckedContact(String input, String status, @JsonProperty("wa_id") String waId) {}
}
