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
            "reaction",
            "gif",
            "short",
            "live-location",
            "contact-list",
            "carousel",
            "event");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"TEXT", "Text", "link_preview", "LINK_PREVIEW", "live_location", "", " text"})
  void findsNothingForUnknownPath(String path) {
    assertThat(MessageType.fromPath(path)).isEmpty();
  }

  @Test
  void findsNothingForNullPath() {
    assertThat(MessageType.fromPath(null)).isEmpty();
  }

  @Test
  void marksTheEightMediaTypes() {
    assertThat(Arrays.stream(MessageType.values()).filter(MessageType::isMedia))
        .containsExactly(
            MessageType.IMAGE,
            MessageType.VIDEO,
            MessageType.AUDIO,
            MessageType.VOICE,
            MessageType.DOCUMENT,
            MessageType.STICKER,
            MessageType.GIF,
            MessageType.SHORT);
  }

  @Test
  void onlyImageVideoDocumentAndGifAcceptCaptions() {
    assertThat(Arrays.stream(MessageType.values()).filter(MessageType::acceptsCaption))
        .containsExactly(
            MessageType.IMAGE, MessageType.VIDEO, MessageType.DOCUMENT, MessageType.GIF);
  }
}
