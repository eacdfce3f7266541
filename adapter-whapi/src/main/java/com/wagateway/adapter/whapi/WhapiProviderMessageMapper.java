package com.wagateway.adapter.whapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.wagateway.domain.group.Slice;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.providermessage.ProviderMessage;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Whapi's message bodies ({@code Message}, {@code MessagesList}, {@code ForwardMessage}, {@code
 * Star}, {@code Pin}), reduced to the fields the gateway reads, and their mapping to the domain.
 */
final class WhapiProviderMessageMapper {
  private WhapiProviderMessageMapper() {}

  /** {@code ForwardMessage}: {@code to} is a chat id or a phone number. */
  record Forward(String to) {}

  /** {@code Star}. */
  record Star(boolean starred) {}

  /** {@code Pin}: {@code time} is {@code day}, {@code week} or {@code month}. */
  record Pin(String time) {}

  /**
   * {@code Message}: {@code id}, {@code type}, {@code chat_id}, {@code from_me} and time required.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record MessageBody(
      String id,
      String type,
      @JsonProperty("chat_id") String chatId,
      String from,
      @JsonProperty("from_me") Boolean fromMe,
      Long timestamp,
      String status,
      Text text,
      Media image,
      Media video,
      Media gif,
      @JsonProperty("short") Media shortVideo,
      Media document) {}

  /** {@code MessageContentText}, reduced to its {@code body}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Text(String body) {}

  /** The media contents, reduced to their {@code caption}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Media(String caption) {}

  /** {@code MessagesList}: the messages and the {@code Iterator} fields. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record MessageList(List<MessageBody> messages, Integer total) {}

  /** Messages without an id or a chat are left out: nothing could be done with them. */
  static Slice<ProviderMessage> messages(MessageList answer) {
    return new Slice<>(
        Objects.requireNonNullElse(answer.messages(), List.<MessageBody>of()).stream()
            .filter(m -> m != null && m.id() != null && m.chatId() != null)
            .map(WhapiProviderMessageMapper::message)
            .toList(),
        answer.total());
  }

  static ProviderMessage message(ProviderAccount account, MessageBody message) {
    if (message.id() == null || message.chatId() == null) {
      throw WhapiJson.notAsDocumented(account, "message id and chat_id");
    }
    return message(message);
  }

  /** {@code timestamp} is in seconds. */
  private static ProviderMessage message(MessageBody m) {
    return new ProviderMessage(
        m.id(),
        m.chatId(),
        m.from(),
        Boolean.TRUE.equals(m.fromMe()),
        m.timestamp() == null ? null : Instant.ofEpochSecond(m.timestamp()),
        m.type(),
        text(m),
        m.status());
  }

  /** The text of a text message, else the first caption of a media one. */
  private static String text(MessageBody m) {
    if (m.text() != null && m.text().body() != null) {
      return m.text().body();
    }
    return Stream.of(m.image(), m.video(), m.gif(), m.shortVideo(), m.document())
        .filter(media -> media != null && media.caption() != null)
        .map(Media::caption)
        .findFirst()
        .orElse(null);
  }
}
