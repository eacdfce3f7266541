package com.wagateway.domain.event;

import com.wagateway.domain.event.ReceivedContent.ContactCard;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the name and phone numbers of a shared contact from its vCard text (2.1, 3.0 or 4.0), as
 * WhatsApp sends it. Lenient: unknown lines are ignored, folded lines are joined, and a card
 * without a formatted name falls back to the name the provider gives beside it.
 */
public final class VCardText {
  private static final int MAX_PHONES = 20;

  private VCardText() {}

  public static ContactCard read(String vcard, String fallbackName) {
    String name = null;
    List<String> phones = new ArrayList<>();
    for (String line : unfold(vcard == null ? "" : vcard)) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String property = line.substring(0, colon).toUpperCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (property.equals("FN") || property.startsWith("FN;")) {
        name = unescape(value);
      } else if ((property.equals("TEL")
              || property.startsWith("TEL;")
              || property.contains(".TEL"))
          && phones.size() < MAX_PHONES) {
        String phone = phone(value);
        if (phone != null) {
          phones.add(phone);
        }
      }
    }
    return new ContactCard(name == null || name.isBlank() ? fallbackName : name, phones);
  }

  /** {@code +<digits>} when the value holds 6 to 15 digits, whatever the punctuation; else null. */
  private static String phone(String value) {
    String digits = value.replaceFirst("(?i)^tel:", "").replaceAll("[^0-9]", "");
    return digits.length() >= 6 && digits.length() <= 15 ? "+" + digits : null;
  }

  private static List<String> unfold(String text) {
    List<String> lines = new ArrayList<>();
    for (String raw : text.split("\\r?\\n")) {
      if ((raw.startsWith(" ") || raw.startsWith("\t")) && !lines.isEmpty()) {
        lines.set(lines.size() - 1, lines.get(lines.size() - 1) + raw.substring(1));
      } else {
        lines.add(raw);
      }
    }
    return lines;
  }

  private static String unescape(String value) {
    return value.replace("\\n", " ").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\");
  }
}
