package com.wagateway.adapter.rest.labels;

import com.wagateway.domain.label.Labelled;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What carries one label, as the provider lists it. */
@Schema(name = "Labelled")
public record LabelledResponse(String labelId, List<Chat> chats, List<Message> messages) {

  static LabelledResponse of(String labelId, Labelled labelled) {
    return new LabelledResponse(
        labelId,
        labelled.chats().stream().map(c -> new Chat(c.chatId(), c.name(), c.type())).toList(),
        labelled.messages().stream()
            .map(
                m ->
                    new Message(
                        m.providerMessageId(), m.chatId(), m.type(), m.fromMe(), m.timestamp()))
            .toList());
  }

  @Schema(name = "LabelledChat")
  public record Chat(
      @Schema(example = "573001234567@s.whatsapp.net") String chatId,
      @Schema(example = "Ana") String name,
      @Schema(description = "The provider's kind: contact, group, ...", example = "contact")
          String type) {}

  @Schema(name = "LabelledMessage")
  public record Message(
      @Schema(description = "The provider's message id", example = "PsobWy36679._7w-wKmB9tMeGQ")
          String providerMessageId,
      @Schema(example = "573001234567@s.whatsapp.net") String chatId,
      @Schema(example = "text") String type,
      boolean fromMe,
      @Schema(example = "2026-03-01T14:05:00Z") Instant timestamp) {}
}
