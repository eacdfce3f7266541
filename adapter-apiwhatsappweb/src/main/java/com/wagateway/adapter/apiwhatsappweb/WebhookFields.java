package com.wagateway.adapter.apiwhatsappweb;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lenient reads of the provider's webhook JSON, whose fields are undocumented but for "sent": each
 * read tries several common names in order, and the first usable value wins. Absent, blank or
 * mistyped values read as null.
 */
final class WebhookFields {
  static final String[] ID = {"messageId", "id"};
  static final String[] FROM = {"number", "from", "phone", "sender"};
  static final String[] TEXT = {"message", "text", "body", "caption"};
  static final String[] NAME = {"pushName", "name"};
  static final String[] MEDIA = {"mediaUrl", "url", "mimetype"};

  // WhatsApp's ids are tens of characters; a longer one would not fit a dedup key.
  private static final int MAX_ID = 128;
  // Beyond this a timestamp is in milliseconds; both are well inside Instant's range.
  private static final long LATEST_EPOCH_SECOND = 100_000_000_000L;

  private WebhookFields() {}

  /** The first non-blank string (or whole number, as its digits) under {@code names}. */
  static String text(JsonNode node, String... names) {
    for (String name : names) {
      JsonNode value = node.path(name);
      if ((value.isTextual() || value.isIntegralNumber()) && !value.asText().isBlank()) {
        return value.asText();
      }
    }
    return null;
  }

  /** As {@link #text}, trimmed and lower-case, for comparing with a table's words. */
  static String word(JsonNode node, String... names) {
    String text = text(node, names);
    return text == null ? null : text.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The message's id: {@code messageId} or {@code id}, or the {@code _serialized} form when {@code
   * id} is an object (as whatsapp-web.js writes it); null when none, or when too long to be one.
   */
  static String id(JsonNode node) {
    String id = text(node, ID);
    return capped(id != null ? id : text(node.path("id"), "_serialized", "id"));
  }

  /** {@code id}, or null when it is too long to be one. */
  static String capped(String id) {
    return id != null && id.length() <= MAX_ID ? id : null;
  }

  static boolean flag(JsonNode node, String... names) {
    for (String name : names) {
      JsonNode value = node.path(name);
      if (value.isBoolean() || value.isTextual()) {
        return value.asBoolean(false);
      }
    }
    return false;
  }

  /** Whether any of {@code names} holds a usable value. */
  static boolean has(JsonNode node, String... names) {
    return text(node, names) != null;
  }

  /** A finite number, or numeric string, under the first of {@code names} that holds one. */
  static Double decimal(JsonNode node, String... names) {
    for (String name : names) {
      JsonNode value = node.path(name);
      Double read = value.isNumber() ? Double.valueOf(value.asDouble()) : parse(value);
      if (read != null && Double.isFinite(read)) {
        return read;
      }
    }
    return null;
  }

  /** {@code timestamp} in epoch seconds or milliseconds when it is one, else {@code arrival}. */
  static Instant occurredAt(JsonNode node, Instant arrival) {
    String text = text(node, "timestamp");
    if (text == null || !text.strip().matches("\\d{1,15}")) {
      return arrival;
    }
    long value = Long.parseLong(text.strip());
    long seconds = value > LATEST_EPOCH_SECOND ? value / 1000 : value;
    return seconds > 0 && seconds <= LATEST_EPOCH_SECOND ? Instant.ofEpochSecond(seconds) : arrival;
  }

  /** A table of words from its rows: each value with the words that mean it. */
  static <V> Map<String, V> words(Map<V, List<String>> rows) {
    Map<String, V> table = new HashMap<>();
    rows.forEach((value, words) -> words.forEach(word -> table.put(word, value)));
    return Map.copyOf(table);
  }

  private static Double parse(JsonNode value) {
    if (!value.isTextual()) {
      return null;
    }
    try {
      return Double.parseDouble(value.asText().strip());
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }
}
