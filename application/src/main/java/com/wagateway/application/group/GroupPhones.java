package com.wagateway.application.group;

import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.message.Recipient;
import com.wagateway.domain.model.Require;
import java.util.List;

/** Members' numbers in any form a send accepts, turned into the digits providers take. */
final class GroupPhones {
  private GroupPhones() {}

  static List<String> digits(List<String> phones, String field, int max) {
    Require.size(phones, field, 1, max);
    return phones.stream().map(phone -> digits(phone, field)).distinct().toList();
  }

  private static String digits(String phone, String field) {
    try {
      if (Recipient.parse(phone) instanceof Recipient.PhoneNumber number) {
        return number.digits();
      }
    } catch (InvalidValueException notAPhone) {
      // Reported below, naming the field the caller sent.
    }
    throw new InvalidValueException(
        field, "'" + phone + "' is not an international phone number of 8 to 15 digits");
  }
}
