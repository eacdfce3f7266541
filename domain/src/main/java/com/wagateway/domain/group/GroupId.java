package com.wagateway.domain.group;

import com.wagateway.domain.error.InvalidValueException;
import java.util.regex.Pattern;

/** A WhatsApp group's chat id, {@code 120363012345678901@g.us}, as every provider spells it. */
public record GroupId(String value) {
  private static final Pattern SHAPE = Pattern.compile("[0-9-]{10,31}@g\\.us");

  public GroupId {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new InvalidValueException("groupId", "must be a group id like 120363012345678901@g.us");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
