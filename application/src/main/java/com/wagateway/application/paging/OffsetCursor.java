package com.wagateway.application.paging;

import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.group.Slice;
import java.util.List;

/**
 * Cursor paging over a provider's listing by position: the opaque cursor carries the offset of the
 * next page. There is a next page while the provider's total says more items follow, or, when it
 * gives no total, while a page comes back full.
 */
public final class OffsetCursor {
  private OffsetCursor() {}

  /** The offset {@code cursor} points at (0 without one), once {@code limit} is checked. */
  public static int offset(String cursor, int limit, int max) {
    Page.requireLimit(limit, max);
    String position = Cursors.decode(cursor);
    if (position == null) {
      return 0;
    }
    try {
      int offset = Integer.parseInt(position);
      if (offset >= 0) {
        return offset;
      }
    } catch (NumberFormatException notAnOffset) {
      // Reported below, like any cursor this API did not return.
    }
    throw new InvalidValueException("cursor", "is not a cursor this API returned");
  }

  public static <T> Page<T> page(Slice<T> slice, int offset, int limit) {
    return page(slice.items(), slice.total(), offset, limit);
  }

  /**
   * The page of {@code items} read from {@code offset}; {@code total} may be null, and a full page
   * is then taken to mean more may follow.
   */
  public static <T> Page<T> page(List<T> items, Integer total, int offset, int limit) {
    int next = offset + items.size();
    boolean more = total == null ? items.size() >= limit : next < total;
    return new Page<>(
        items, more && !items.isEmpty() ? Cursors.encode(Integer.toString(next)) : null);
  }
}
