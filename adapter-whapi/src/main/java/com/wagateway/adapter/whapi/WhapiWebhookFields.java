package com.wagateway.adapter.whapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lenient reads of webhook JSON fields: absent, blank or mistyped values come back empty. */
final class WhapiWebhookFields {
  // Far beyond any real timestamp, well inside Instant's range: a wild number is not a time.
  private static final long LATEST_EPOCH_SECOND = 100_000_000_000L;

  private WhapiWebhookFields() {}

  /** The non-blank string at {@code path} (e.g. {@code "text", "body"}), or null. */
  static String text(JsonNode node, String... path) {
    JsonNode value = at(node, path);
    return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
  }

  /** A number, or a string of digits, at {@code path}, or null. */
  static Long number(JsonNode node, String... path) {
    JsonNode value = at(node, path);
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      return value.asLong();
    }
    if (value.isTextual() && value.asText().strip().matches("\\d{1,18}")) {
      return Long.parseLong(value.asText().strip());
    }
    return null;
  }

  /** Whapi's {@code timestamp}: epoch seconds, as a number or a numeric string. */
  static Optional<Instant> epochSeconds(JsonNode node, String field) {
    return Optional.ofNullable(number(node, field))
        .filter(seconds -> seconds >= 0 && seconds <= LATEST_EPOCH_SECOND)
        .map(Instant::ofEpochSecond);
  }

  static boolean flag(JsonNode node, String field) {
    return node.path(field).asBoolean(false);
  }

  /** A whole number that fits an int, or null. */
  static Integer integer(JsonNode node, String field) {
    Long value = number(node, field);
    return value != null && value >= 0 && value <= Integer.MAX_VALUE ? value.intValue() : null;
  }

  /** A finite decimal number at {@code field} (or a numeric string), or null. */
  static Double decimal(JsonNode node, String field) {
    JsonNode value = node.path(field);
    double read;
    if (value.isNumber()) {
      read = value.asDouble();
    } else if (value.isTextual()) {
      try {
        read = Double.parseDouble(value.asText().strip());
      } catch (NumberFormatException notANumber) {
        return null;
      }
    } else {
      return null;
    }
    return Double.isFinite(read) ? read : null;
  }

  /** The non-blank strings of the array at {@code field}, at most {@code max}; empty if none. */
  static List<String> strings(JsonNode node, String field, int max) {
    List<String> values = new ArrayList<>();
    for (JsonNode item : node.path(field)) {
      if (values.size() < max && item.isTextual() && !item.asText().isBlank()) {
        values.add(item.asText());
      }
    }
    return values;
  }

  private static JsonNode at(JsonNode node, String... path) {
    JsonNode value = node;
    for (String field : path) {
      value = value.path(field);
    }
    return value;
  }
}
