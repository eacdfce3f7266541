package com.wagateway.domain.chat;

import com.wagateway.domain.error.InvalidValueException;
import java.util.Locale;

/** How long WhatsApp keeps new messages of a chat: the durations it offers, or for good. */
public enum DisappearingTimer {
  OFF,
  DAY,
  WEEK,
  QUARTER;

  /** The name callers use: {@code off}, {@code day}, {@code week} or {@code quarter}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws InvalidValueException naming {@code field} for any other word
   */
  public static DisappearingTimer of(String field, String key) {
    for (DisappearingTimer timer : values()) {
      if (timer.key().equals(key)) {
        return timer;
      }
    }
    throw new InvalidValueException(field, "must be one of off, day, week, quarter");
  }
}
