package com.wagateway.adapter.rest.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A message id as the provider keeps it (Whapi's {@code MessageID} pattern: two to four groups of
 * letters, digits, '.' and '_' joined by '-'): a wrong shape is a 400 naming the parameter, before
 * any provider call.
 */
@Documented
@Pattern(
    regexp =
        "^[A-Za-z0-9._]{4,30}-[A-Za-z0-9._]{4,14}(-[A-Za-z0-9._]{4,10})?(-[A-Za-z0-9._]{2,10})?$")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ProviderMessageIdParam {
  String EXAMPLE = "PsobWy36679._7w-wKmB9tMeGQ";

  String message() default "must be a provider message id such as PsobWy36679._7w-wKmB9tMeGQ";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
