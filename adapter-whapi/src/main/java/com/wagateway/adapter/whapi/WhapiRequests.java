package com.wagateway.adapter.whapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Request bodies exactly as the Whapi OpenAPI 1.8.7 schemas name them; absent values are left out
 * rather than sent as {@code null}. Only the fields the gateway fills are declared.
 */
final class WhapiRequests {
  private WhapiRequests() {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SenderText(
      String to,
      String body,
      String quoted,
      @JsonProperty("no_link_preview") Boolean noLinkPreview) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SenderImage(
      String to, String media, @JsonProperty("mime_type") String mimeType, String caption) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SenderVideo(
      String to, String media, @JsonProperty("mime_type") String mimeType, String caption) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SenderAudio(String to, String media, @JsonProperty("mime_type") String mimeType) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SenderVoice(String to, String media, @JsonProperty("mime_type") String mimeType) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SenderDocument(
      String to,
      String media,
      @JsonProperty("mime_type") String mimeType,
      String caption,
      String filename) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SenderSticker(String to, String media, @JsonProperty("mime_type") String mimeType) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SenderLocation(
      String to, double latitude, double longitude, String name, String address) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SenderContact(String to, String name, String vcard) {}

  /** {@code media} carries the preview image (URL or data URI); Whapi derives the thumbnail. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SenderLinkPreview(
      String to,
      String body,
      String title,
      String description,
      String canonical,
      String media,
      @JsonProperty("mime_type") String mimeType) {}

  /** {@code count}: 1 lets a voter pick one option, 0 any number (the spec allows only 0..1). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SenderPoll(String to, String title, List<String> options, int count) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SenderInteractive(
      String to, String type, TextPart header, TextPart body, TextPart footer, Action action) {}

  record TextPart(String text) {}

  record Action(List<Button> buttons) {}

  record Button(String type, String title, String id) {}

  /** An empty emoji removes the reaction, as the spec says. */
  record ReactToMessage(String emoji) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record UserProfileUpdate(String name, String about, String icon) {}

  /**
   * {@code Settings} with only {@code webhooks}: Whapi leaves every setting absent from a PATCH as
   * it is. Entries are JSON trees so that receivers configured by others keep every field.
   */
  record SettingsUpdate(List<JsonNode> webhooks) {}

  /** {@code Webhook}: where Whapi posts which events, with extra headers on every call. */
  record Webhook(String url, String mode, Map<String, String> headers, List<Event> events) {}

  /** {@code Event}: a {@code WebhookEventType} and the HTTP method Whapi calls it with. */
  record Event(String type, String method) {}

  /** {@code PatchChatRequest}: only {@code mark_unread}; false marks the chat read. */
  record ChatPatch(@JsonProperty("mark_unread") boolean markUnread) {}

  /** {@code SendPresenceRequest}: typing, recording or pause, shown for {@code delay} seconds. */
  record SendPresence(String presence, int delay) {}

  /** {@code CheckContactRequest}. */
  record CheckContacts(List<String> contacts, @JsonProperty("force_check") boolean forceCheck) {}
}
