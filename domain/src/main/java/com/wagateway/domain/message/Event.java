package com.wagateway.domain.message;

import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.model.Require;
import java.time.Instant;

/**
 * An event invitation posted in a group or community: a title, when it starts and, optionally, when
 * it ends, what it is about and where it takes place.
 */
public record Event(String title, String description, Instant start, Instant end, String location)
    implements MessageContent {
  public Event {
    Require.text(title, "title", 1, 256);
    Require.optionalText(description, "description", 2048);
    Require.present(start, "startTime");
    Require.optionalText(location, "location", 256);
    if (end != null && !end.isAfter(start)) {
      throw new InvalidValueException("endTime", "must be after startTime");
    }
  }

  @Override
  public MessageType type() {
    return MessageType.EVENT;
  }
}
