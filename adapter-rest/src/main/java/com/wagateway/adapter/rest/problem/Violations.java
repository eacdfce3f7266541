package com.wagateway.adapter.rest.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns Bean Validation and JSON binding failures into violations named as the caller wrote them.
 */
final class Violations {
  private Violations() {}

  static List<Problem.Violation> of(ConstraintViolationException e) {
    return e.getConstraintViolations().stream()
        .map(v -> new Problem.Violation(field(v), v.getMessage()))
        .distinct()
        .sorted(Comparator.comparing(Problem.Violation::field))
        .toList();
  }

  /**
   * The JSON path of the violation ({@code cards[0].media}), without the Java method and parameter
   * it came through. Bean Validation puts a list element's index on the node that follows the list,
   * so the index is written before that node's name.
   */
  private static String field(ConstraintViolation<?> violation) {
    StringBuilder field = new StringBuilder();
    String parameter = "body";
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
        continue;
      }
      if (node.getIndex() != null && !field.isEmpty()) {
        field.append('[').append(node.getIndex()).append(']');
      }
      boolean named = node.getName() != null && !node.getName().startsWith("<");
      if (named
          && (node.getKind() == ElementKind.PROPERTY
              || node.getKind() == ElementKind.CONTAINER_ELEMENT)) {
        field.append(field.isEmpty() ? "" : ".").append(node.getName());
      }
    }
    return field.isEmpty() ? parameter : field.toString();
  }

  static Problem.Violation of(JsonProcessingException e) {
    if (e instanceof JsonParseException) {
      return new Problem.Violation("body", "is not valid JSON");
    }
    String field = e instanceof JsonMappingException mapping ? path(mapping) : "";
    if (field.isEmpty()) {
      field = "body";
    }
    if (e instanceof UnrecognizedPropertyException) {
      return new Problem.Violation(field, "is not a known field");
    }
    if (e instanceof InvalidFormatException invalid) {
      return new Problem.Violation(field, "must be of type " + typeName(invalid.getTargetType()));
    }
    if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
      return new Problem.Violation(
          field, "must be of type " + typeName(mismatched.getTargetType()));
    }
    return new Problem.Violation(field, "could not be read");
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(
            ref ->
                ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining())
        .replaceFirst("^\\.", "");
  }

  /** JSON type names, not Java class names: callers must never see our internals. */
  private static String typeName(Class<?> type) {
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
      return "number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "boolean";
    }
    if (type == String.class || type.isEnum()) {
      return "string";
    }
    if (List.class.isAssignableFrom(type) || type.isArray()) {
      return "array";
    }
    return "object";
  }
}
