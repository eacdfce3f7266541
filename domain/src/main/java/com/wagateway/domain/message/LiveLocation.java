package com.wagateway.domain.message;

import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.model.Require;

/**
 * A location shared live: where the sender is, optionally how precisely ({@code accuracy}, metres),
 * how fast ({@code speed}, metres per second) and which way ({@code degrees} clockwise from true
 * north), with a comment under the map.
 */
public record LiveLocation(
    double latitude,
    double longitude,
    Integer accuracy,
    Integer speed,
    Integer degrees,
    String comment)
    implements MessageContent {
  public LiveLocation {
    Require.range(latitude, "latitude", -90, 90);
    Require.range(longitude, "longitude", -180, 180);
    atLeastZero(accuracy, "accuracy");
    atLeastZero(speed, "speed");
    if (degrees != null) {
      Require.range(degrees, "degrees", 0, 359);
    }
    Require.optionalText(comment, "comment", 1024);
  }

  private static void atLeastZero(Integer value, String field) {
    if (value != null && value < 0) {
      throw new InvalidValueException(field, "must be 0 or more");
    }
  }

  @Override
  public MessageType type() {
    return MessageType.LIVE_LOCATION;
  }
}
