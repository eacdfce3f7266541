package com.wagateway.domain.providermessage;

import java.util.Locale;

/** How long WhatsApp keeps a message pinned in its chat: the three durations it offers. */
public enum PinDuration {
  DAY,
  WEEK,
  MONTH;

  /** The name callers and Whapi use: {@code day}, {@code week} or {@code month}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
