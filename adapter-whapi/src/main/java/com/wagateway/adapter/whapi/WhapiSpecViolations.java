package com.wagateway.adapter.whapi;

import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Message;
import com.atlassian.oai.validator.report.ValidationReport.MessageContext;
import com.wagateway.domain.error.InvalidValueException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the first error the OpenAPI validator found into a violation that names the field as the
 * caller wrote it: a parameter by its name, a body field by its JSON path ({@code
 * participants[0]}), a missing body field by where it should have been.
 */
final class WhapiSpecViolations {
  private static final Pattern MISSING = Pattern.compile("\\[\"([^\"]+)\"");

  private WhapiSpecViolations() {}

  static Optional<InvalidValueException> first(ValidationReport report) {
    return report.getMessages().stream()
        .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
        .findFirst()
        .map(message -> new InvalidValueException(field(message), reason(message)));
  }

  private static String field(Message message) {
    Optional<MessageContext> context = message.getContext();
    Optional<String> parameter =
        context.flatMap(MessageContext::getParameter).map(p -> p.getName());
    if (parameter.isPresent()) {
      return parameter.get();
    }
    String pointer =
        context.flatMap(MessageContext::getPointers).map(p -> p.getInstance()).orElse("");
    String field = jsonPath(pointer);
    Matcher missing = MISSING.matcher(message.getMessage());
    if (message.getKey().endsWith(".required") && missing.find()) {
      field = field.isEmpty() ? missing.group(1) : field + "." + missing.group(1);
    }
    return field.isEmpty() ? "body" : field;
  }

  /** {@code /participants/0/id} as {@code participants[0].id}. */
  private static String jsonPath(String pointer) {
    StringBuilder path = new StringBuilder();
    for (String token : pointer.split("/")) {
      if (token.isEmpty()) {
        continue;
      }
      String name = token.replace("~1", "/").replace("~0", "~");
      if (name.chars().allMatch(Character::isDigit)) {
        path.append('[').append(name).append(']');
      } else {
        path.append(path.isEmpty() ? "" : ".").append(name);
      }
    }
    return path.toString();
  }

  /** The validator's own words, which quote the schema's rule but never a credential. */
  private static String reason(Message message) {
    return message.getMessage() + " (Whapi's OpenAPI document)";
  }
}
