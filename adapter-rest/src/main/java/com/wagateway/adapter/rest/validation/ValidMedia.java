package com.wagateway.adapter.rest.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Exactly one media source (url, base64 + mimeType, or id), valid by the domain's rules. */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = ValidMediaValidator.class)
public @interface ValidMedia {
  String message() default "give exactly one of url, base64 (with mimeType) or id";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
