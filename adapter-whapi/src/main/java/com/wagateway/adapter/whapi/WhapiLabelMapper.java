package com.wagateway.adapter.whapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.label.Label;
import com.wagateway.domain.label.LabelId;
import com.wagateway.domain.label.Labelled;
import com.wagateway.domain.label.NewLabel;
import com.wagateway.domain.model.ProviderAccount;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Whapi's label bodies ({@code Label}, {@code CreateLabel}, {@code LabelAssociations}), reduced to
 * the fields the gateway reads, and their mapping to and from the domain.
 */
final class WhapiLabelMapper {
  private WhapiLabelMapper() {}

  /** {@code CreateLabel}: all three fields are required. */
  record CreateLabel(String id, String name, String color) {}

  /** {@code Label}: {@code count} is optional. */
  record WhapiLabel(String id, String name, String color, Integer count) {}

  /** {@code LabelAssociations}: full {@code Chat} and {@code Message} objects. */
  record Associations(List<Chat> chats, List<Message> messages) {}

  record Chat(String id, String name, String type) {}

  record Message(
      String id,
      String type,
      @JsonProperty("chat_id") String chatId,
      @JsonProperty("from_me") Boolean fromMe,
      Double timestamp) {}

  static CreateLabel request(NewLabel label) {
    return new CreateLabel(label.id().value(), label.name(), label.color().key());
  }

  static List<Label> labels(ProviderAccount account, WhapiLabel[] answer) {
    return Arrays.stream(answer).map(label -> label(account, label)).toList();
  }

  private static Label label(ProviderAccount account, WhapiLabel label) {
    try {
      return new Label(
          new LabelId(label == null ? null : label.id()),
          label.name(),
          label.color(),
          label.count() == null ? 0 : label.count());
    } catch (InvalidValueException missingOrOdd) {
      throw WhapiJson.notAsDocumented(account, "label id");
    }
  }

  /** Entries without an id are left out: nothing could be done with them. */
  static Labelled labelled(Associations answer) {
    return new Labelled(
        orEmpty(answer.chats()).stream()
            .filter(chat -> chat != null && chat.id() != null)
            .map(chat -> new Labelled.Chat(chat.id(), chat.name(), chat.type()))
            .toList(),
        orEmpty(answer.messages()).stream()
            .filter(message -> message != null && message.id() != null)
            .map(WhapiLabelMapper::message)
            .toList());
  }

  private static Labelled.Message message(Message m) {
    return new Labelled.Message(
        m.id(),
        m.chatId(),
        m.type(),
        Boolean.TRUE.equals(m.fromMe()),
        m.timestamp() == null ? null : Instant.ofEpochSecond(m.timestamp().longValue()));
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return Objects.requireNonNullElse(list, List.of());
  }
}
