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
 * A phone number as WhatsApp ids carry it: 7 to 15 digits with the country code, no '+' or spaces
 * (Whapi's {@code ContactID}). A wrong shape is a 400 naming the parameter, before any provider
 * call.
 */
@Documented
@Pattern(regexp = "^[0-9]{7,15}$")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PhoneNumberParam {
  String EXAMPLE = "573001234567";

  String message() default "must be a phone number of 7 to 15 digits with the country code";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
