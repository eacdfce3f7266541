package com.wagateway.adapter.rest.validation;

import com.wagateway.domain.error.InvalidValueException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Runs the domain's media rules and reports the broken one on the field it concerns. */
public class ValidMediaValidator implements ConstraintValidator<ValidMedia, MediaInput> {
  @Override
  public boolean isValid(MediaInput media, ConstraintValidatorContext context) {
    if (media == null) {
      return true;
    }
    try {
      media.toSource();
      return true;
    } catch (InvalidValueException e) {
      context.disableDefaultConstraintViolation();
      String field = e.field().startsWith("media.") ? e.field().substring("media.".length()) : null;
      var violation = context.buildConstraintViolationWithTemplate(e.reason());
      if (field != null) {
        violation.addPropertyNode(field).addConstraintViolation();
      } else {
        violation.addConstraintViolation();
      }
      return false;
    }
  }
}
