package com.wagateway.adapter.rest.console;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Checks a console form as the API's request record it stands for: the same Bean Validation
 * constraints, so that a bad field gets the API's violation message, named as the API names it.
 */
@Singleton
public class ConsoleForms {
  private final Validator validator;

  ConsoleForms(Validator validator) {
    this.validator = validator;
  }

  /** The request, when valid; else the {@link ConstraintViolationException} the API would map. */
  <T> T valid(T request) {
    Set<ConstraintViolation<T>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return request;
  }

  /** A form field left empty is a missing field, as an absent JSON property is. */
  static String given(String field) {
    return field == null || field.isBlank() ? null : field;
  }
}
