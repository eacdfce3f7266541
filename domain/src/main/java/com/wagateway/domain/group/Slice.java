package com.wagateway.domain.group;

import java.util.List;

/**
 * One stretch of a provider's listing by position, and how many items the whole listing has when
 * the provider says ({@code null} otherwise).
 */
public record Slice<T>(List<T> items, Integer total) {
  public Slice {
    items = List.copyOf(items);
  }
}
