package com.wagateway.domain.label;

import com.wagateway.domain.error.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The colours WhatsApp Business offers for a new label, by their CSS names. */
public enum LabelColor {
  SALMON,
  LIGHTSKYBLUE,
  GOLD,
  PLUM,
  SILVER,
  MEDIUMTURQUOISE,
  VIOLET,
  GOLDENROD,
  CORNFLOWERBLUE,
  GREENYELLOW,
  CYAN,
  LIGHTPINK,
  MEDIUMAQUAMARINE,
  ORANGERED,
  DEEPSKYBLUE,
  LIMEGREEN,
  DARKORANGE,
  LIGHTSTEELBLUE,
  MEDIUMPURPLE,
  REBECCAPURPLE;

  /** The name callers and providers write, e.g. {@code lightskyblue}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws InvalidValueException naming {@code color} and listing the colours, for any other word
   */
  public static LabelColor of(String key) {
    try {
      return valueOf(key.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException unknown) {
      throw new InvalidValueException("color", "must be one of " + keys());
    }
  }

  private static String keys() {
    return Arrays.stream(values()).map(LabelColor::key).collect(Collectors.joining(", "));
  }
}
