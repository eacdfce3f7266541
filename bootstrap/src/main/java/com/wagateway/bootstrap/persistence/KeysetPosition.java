package com.wagateway.bootstrap.persistence;

import com.wagateway.application.paging.Cursors;
import com.wagateway.domain.error.InvalidValueException;
import java.time.Instant;

/**
 * Where a keyset listing (messages, deliveries) stopped: the (created_at, id) of its last item,
 * carried in an opaque cursor as {@code <epoch nanos>:<id>}.
 */
record KeysetPosition(Instant createdAt, String id) {
  private static final long NANOS = 1_000_000_000L;

  String encode() {
    long nanos =
        Math.addExact(Math.multiplyExact(createdAt.getEpochSecond(), NANOS), createdAt.getNano());
    return Cursors.encode(nanos + ":" + id);
  }

  /** The position in {@code cursor}, or null for the first page. */
  static KeysetPosition decode(String cursor) {
    String position = Cursors.decode(cursor);
    if (position == null) {
      return null;
    }
    int colon = position.indexOf(':');
    try {
      if (colon < 1 || colon == position.length() - 1) {
        throw new NumberFormatException("no <nanos>:<id>");
      }
      long nanos = Long.parseLong(position.substring(0, colon));
      Instant createdAt =
          Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS), Math.floorMod(nanos, NANOS));
      return new KeysetPosition(createdAt, position.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new InvalidValueException("cursor", "is not a cursor this API returned");
    }
  }
}
