package com.wagateway.domain.event;

import java.util.Locale;

/** What kind of conversation a chat is, read from WhatsApp's chat id (its JID) alone. */
public enum ChatKind {
  DIRECT,
  GROUP,
  CHANNEL,
  STATUS;

  /** The lower-case name subscribers see. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * {@code ...@g.us} is a group, {@code ...@newsletter} a channel, {@code status@broadcast} the
   * status feed; anything else (a phone's {@code @s.whatsapp.net}, {@code @c.us}, {@code @lid}, or
   * bare digits) is a direct chat.
   */
  public static ChatKind ofChatId(String chatId) {
    if (chatId == null) {
      return DIRECT;
    }
    String id = chatId.toLowerCase(Locale.ROOT);
    if (id.endsWith("@g.us")) {
      return GROUP;
    }
    if (id.endsWith("@newsletter")) {
      return CHANNEL;
    }
    return id.endsWith("@broadcast") ? STATUS : DIRECT;
  }
}
