package com.wagateway.domain.group;

import com.wagateway.domain.error.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The group permissions that are either open to every member or kept for the admins. */
public enum GroupSetting {
  SEND_MESSAGES,
  EDIT_INFO,
  APPROVE_PARTICIPANTS,
  ADD_PARTICIPANTS;

  /** The name callers use: {@code send-messages}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * @throws InvalidValueException naming {@code field} for an unknown key
   */
  public static GroupSetting ofKey(String key, String field) {
    return Arrays.stream(values())
        .filter(setting -> setting.key().equals(key))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidValueException(
                    field,
                    "must be one of "
                        + Arrays.stream(values())
                            .map(GroupSetting::key)
                            .collect(Collectors.joining(", "))));
  }
}
