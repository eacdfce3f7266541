package com.wagateway.domain.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MessageTypeTest {

  @ParameterizedTest
  @EnumSource(MessageType.class)
  void findsEveryTypeByItsPath(MessageType type) {
    assertThat(MessageType.fromPath(type.path())).contains(type);
  }

  @Test
  void usesTheApiPathSegments() {
    assertThat(Arrays.stream(MessageType.values()).map(MessageType::path))
        .containsExactly(
            "text",
            "image",
            "video",
            "audio",
            "voice",
            "document",
            "sticker",
            "location",
            "contact",
            "link-preview",
            "poll",
            "interactive",
            "reaction");
  }

  @ParameterizedTest
  @ValueSource(strings = {"TEXT", "Text", "link_preview", "LINK_PREVIEW", "gif", "", " text"})
  void findsNothingForUnknownPath(String path) {
    assertThat(MessageType.fromPath(path)).isEmpty();
  }

  @Test
  void findsNothingForNullPath() {
    assertThat(MessageType.fromPath(null)).isEmpty();
  }

  @Test
  void marksTheSixMediaTypes() {
    assertThat(Arrays.stream(MessageType.values()).filter(MessageType::isMedia))
        .containsExactly(
            MessageType.IMAGE,
            MessageType.VIDEO,
            MessageType.AUDIO,
            MessageType.VOICE,
            MessageType.DOCUMENT,
            MessageType.STICKER);
  }

  @Test
  void onlyImageVideoAndDocumentAcceptCaptions() {
    assertThat(Arrays.stream(MessageType.values()).filter(MessageType::acceptsCaption))
        .containsExactly(MessageType.IMAGE, MessageType.VIDEO, MessageType.DOCUMENT);
  }
}
