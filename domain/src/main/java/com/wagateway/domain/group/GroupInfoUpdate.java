package com.wagateway.domain.group;

import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.model.Require;

/** A new subject and/or description for a group; at least one of them. */
public record GroupInfoUpdate(String subject, String description) {
  public static final int MAX_SUBJECT = 100;
  public static final int MAX_DESCRIPTION = 2048;

  public GroupInfoUpdate {
    if (subject == null && description == null) {
      throw new InvalidValueException("subject", "give at least one of subject or description");
    }
    Require.optionalText(subject, "subject", MAX_SUBJECT);
    if (description != null) {
      Require.text(description, "description", 0, MAX_DESCRIPTION);
    }
  }
}
