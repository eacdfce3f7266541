package com.wagateway.application.paging;

import com.wagateway.domain.error.InvalidValueException;
import java.util.List;

/**
 * Cursor paging over a provider that pages by offset: the cursor carries the offset of the next
 * page. An item added or removed between two pages shifts the next one by an item.
 */
public final class OffsetPages {
  private OffsetPages() {}

  /**
   * @throws InvalidValueException naming {@code cursor} for one this API did not return
   */
  public static int offset(String cursor) {
    String position = Cursors.decode(cursor);
    try {
      return position == null ? 0 : Integer.parseUnsignedInt(position);
    } catch (NumberFormatException notOurs) {
      throw new InvalidValueException("cursor", "is not a cursor this API returned");
    }
  }

  /**
   * The page of {@code items} read from {@code offset}; without a {@code total}, a full page is
   * taken to mean more may follow.
   */
  public static <T> Page<T> page(List<T> items, int offset, int limit, Integer total) {
    int next = offset + items.size();
    boolean more = total == null ? items.size() == limit : next < total;
    return new Page<>(
        items, more && !items.isEmpty() ? Cursors.encode(Integer.toString(next)) : null);
  }
}
