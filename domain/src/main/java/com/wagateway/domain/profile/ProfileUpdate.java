package com.wagateway.domain.profile;

import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.model.Require;

/** A change to the profile's name and/or description; at least one of them. */
public record ProfileUpdate(String name, String description) {
  public ProfileUpdate {
    if (name == null && description == null) {
      throw new InvalidValueException("name", "give at least one of name or description");
    }
    if (name != null) {
      Require.text(name, "name", 3, 25);
    }
    Require.optionalText(description, "description", 139);
  }
}
