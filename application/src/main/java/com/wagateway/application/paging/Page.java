package com.wagateway.application.paging;

import java.util.List;

/** One page of a listing, with the cursor for the next page ({@code null} on the last). */
public record Page<T>(List<T> items, String nextCursor) {
  public Page {
    items = List.copyOf(items);
  }
}
