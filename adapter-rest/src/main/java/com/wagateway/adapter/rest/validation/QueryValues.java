package com.wagateway.adapter.rest.validation;

import com.wagateway.domain.error.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads optional query parameters into domain values, naming the parameter when one is wrong. */
public final class QueryValues {
  private QueryValues() {}

  /**
   * The constant of {@code type} named by {@code value} (any case), or null when absent.
   *
   * @throws InvalidValueException naming {@code field} and listing the allowed names
   */
  public static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      String names =
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      throw new InvalidValueException(field, "must be one of " + names);
    }
  }
}
