package com.wagateway.application.paging;

import com.wagateway.domain.error.InvalidValueException;
import java.util.List;

/** One page of a listing, with the cursor for the next page ({@code null} on the last). */
public record Page<T>(List<T> items, String nextCursor) {
  public Page {
    items = List.copyOf(items);
  }

  /**
   * The page size a caller asked for, checked against the listing's maximum.
   *
   * @throws InvalidValueException naming {@code limit} when it is outside [1, max]
   */
  public static void requireLimit(int limit, int max) {
    if (limit < 1 || limit > max) {
      throw new InvalidValueException("limit", "must be between 1 and " + max);
    }
  }
}
