package com.wagateway.application.paging;

import com.wagateway.domain.error.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque paging cursors: callers pass them back untouched and never build them. */
public final class Cursors {
  private Cursors() {}

  public static String encode(String position) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(position.getBytes(StandardCharsets.UTF_8));
  }

  public static String decode(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("cursor", "is not a cursor this API returned");
    }
  }
}
