package com.wagateway.domain.presence;

import com.wagateway.domain.error.InvalidValueException;
import java.util.Locale;

/** What the account shows its contacts about itself: online or offline. */
public enum OwnPresence {
  ONLINE,
  OFFLINE;

  /** The name callers use: {@code online} or {@code offline}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws InvalidValueException naming {@code field} for any other word
   */
  public static OwnPresence of(String field, String key) {
    for (OwnPresence presence : values()) {
      if (presence.key().equals(key)) {
        return presence;
      }
    }
    throw new InvalidValueException(field, "must be online or offline");
  }
}
