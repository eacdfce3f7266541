package com.wagateway.adapter.rest.validation;

import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.message.Recipient;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Delegates to {@link Recipient#parse} so the API and the domain can never disagree. */
public class WhatsAppRecipientValidator implements ConstraintValidator<WhatsAppRecipient, String> {
  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true; // @NotBlank reports absence
    }
    try {
      Recipient.parse(value);
      return true;
    } catch (InvalidValueException e) {
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(e.reason()).addConstraintViolation();
      return false;
    }
  }
}
