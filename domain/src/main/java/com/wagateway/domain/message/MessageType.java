package com.wagateway.domain.message;

import java.util.Arrays;
import java.util.Optional;

/** Every kind of message the unified API sends, with the path segment that names it. */
public enum MessageType {
  TEXT("text"),
  IMAGE("image"),
  VIDEO("video"),
  AUDIO("audio"),
  VOICE("voice"),
  DOCUMENT("document"),
  STICKER("sticker"),
  LOCATION("location"),
  CONTACT("contact"),
  LINK_PREVIEW("link-preview"),
  POLL("poll"),
  INTERACTIVE("interactive"),
  REACTION("reaction"),
  GIF("gif"),
  SHORT("short"),
  LIVE_LOCATION("live-location"),
  CONTACT_LIST("contact-list"),
  CAROUSEL("carousel"),
  EVENT("event");

  private final String path;

  MessageType(String path) {
    this.path = path;
  }

  public String path() {
    return path;
  }

  public boolean isMedia() {
    return switch (this) {
      case IMAGE, VIDEO, AUDIO, VOICE, DOCUMENT, STICKER, GIF, SHORT -> true;
      default -> false;
    };
  }

  /** Audio, voice notes, stickers and short videos (round video notes) carry no caption. */
  public boolean acceptsCaption() {
    return this == IMAGE || this == VIDEO || this == DOCUMENT || this == GIF;
  }

  public static Optional<MessageType> fromPath(String path) {
    return Arrays.stream(values()).filter(t -> t.path.equals(path)).findFirst();
  }
}
