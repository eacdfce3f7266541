package com.wagateway.adapter.whapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
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

  private static JsonNode at(JsonNode node, String... path) {
    JsonNode value = node;
    for (String field : path) {
      value = value.path(field);
    }
    return value;
  }
}
