package com.wagateway.adapter.whapi;

import com.wagateway.domain.message.MessageContent;

/** Renders a domain contact as the vCard 3.0 text Whapi's {@code SenderContact.vcard} expects. */
final class VCards {
  private VCards() {}

  static String of(MessageContent.Contact contact) {
    String digits = contact.phone().digits();
    StringBuilder card = new StringBuilder("BEGIN:VCARD\nVERSION:3.0\n");
    card.append("N:").append(structuredName(contact.name())).append('\n');
    card.append("FN:").append(escape(contact.name())).append('\n');
    if (contact.organization() != null) {
      card.append("ORG:").append(escape(contact.organization())).append('\n');
    }
    // waid lets WhatsApp show the "Message" button for the contact.
    card.append("TEL;type=CELL;waid=").append(digits).append(":+").append(digits).append('\n');
    if (contact.email() != null) {
      card.append("EMAIL:").append(escape(contact.email())).append('\n');
    }
    return card.append("END:VCARD").toString();
  }

  /** {@code family;given;;;} taking the last word as the family name, as phone books do. */
  private static String structuredName(String name) {
    String trimmed = name.strip();
    int space = trimmed.lastIndexOf(' ');
    if (space < 0) {
      return ";" + escape(trimmed) + ";;;";
    }
    return escape(trimmed.substring(space + 1))
        + ";"
        + escape(trimmed.substring(0, space).strip())
        + ";;;";
  }

  private static String escape(String value) {
    return value
        .replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n");
  }
}
