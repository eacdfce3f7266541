package com.wagateway.domain.event;

import java.util.Locale;

/** The type of a received message, the same for every provider. */
public enum ReceivedType {
  TEXT,
  IMAGE,
  VIDEO,
  GIF,
  AUDIO,
  VOICE,
  DOCUMENT,
  STICKER,
  LOCATION,
  LIVE_LOCATION,
  CONTACT,
  POLL,
  INTERACTIVE_REPLY,
  LINK_PREVIEW,
  ORDER,
  SYSTEM,
  UNKNOWN;

  /** The name subscribers see, e.g. {@code live_location}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
