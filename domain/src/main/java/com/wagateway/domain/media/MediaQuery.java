package com.wagateway.domain.media;

import com.wagateway.domain.error.InvalidValueException;

/** Which slice of the provider's media store to list: {@code count} files after {@code offset}. */
public record MediaQuery(int offset, int count, boolean newestFirst) {
  public MediaQuery {
    if (offset < 0) {
      throw new InvalidValueException("cursor", "is not a cursor this API returned");
    }
    if (count < 1) {
      throw new InvalidValueException("limit", "must be at least 1");
    }
  }
}
