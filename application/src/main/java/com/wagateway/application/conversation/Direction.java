package com.wagateway.application.conversation;

import java.util.Locale;

/** Whether the gateway sent a message ({@code OUT}) or received it ({@code IN}). */
public enum Direction {
  IN,
  OUT;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
