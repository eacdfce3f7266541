package com.wagateway.domain.conversation;

import java.util.Locale;

/** What the tenant's number shows in a chat: typing, recording a voice note, or nothing. */
public enum Presence {
  TYPING,
  RECORDING,
  PAUSED;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
