package com.wagateway.adapter.rest.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A group id in a path, {@code 120363012345678901@g.us}: a wrong shape is a 400 naming the
 * parameter, and no provider is called.
 */
@Documented
@Pattern(regexp = "^[0-9-]{10,31}@g\\.us$")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({PARAMETER, FIELD})
@Retention(RUNTIME)
public @interface GroupIdParam {
  String message() default "must be a group id like 120363012345678901@g.us";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
