package com.wagateway.domain.event;

import java.util.regex.Pattern;

/**
 * Who sent a message or acted on one: the provider's id for them, their phone in E.164 when it can
 * be read from that id, and their name when the provider gives one. In a group, the participant.
 */
public record Sender(String id, String phone, String name) {
  private static final Pattern PHONE_JID =
      Pattern.compile("\\+?(\\d{6,15})(@(s\\.whatsapp\\.net|c\\.us))?");

  /** A sender whose phone is read from a phone-shaped id ({@code 573001234567@s.whatsapp.net}). */
  public static Sender of(String id, String name) {
    return new Sender(id, phoneOf(id), name);
  }

  /** {@code +<digits>} when the id is a phone number or a phone's JID; null for other ids. */
  public static String phoneOf(String id) {
    if (id == null) {
      return null;
    }
    var match = PHONE_JID.matcher(id.strip());
    return match.matches() ? "+" + match.group(1) : null;
  }
}
