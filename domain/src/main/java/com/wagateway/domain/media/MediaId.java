package com.wagateway.domain.media;

import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.model.Require;
import java.util.regex.Pattern;

/**
 * The id of a file in a provider's media store. Only the characters providers use in such ids are
 * accepted, so an id never changes the path it is put into.
 */
public record MediaId(String value) {
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]+");

  public MediaId {
    Require.text(value, "mediaId", 1, 200);
    if (!SAFE.matcher(value).matches()) {
      throw new InvalidValueException("mediaId", "may hold only letters, digits, '.', '_' or '-'");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
