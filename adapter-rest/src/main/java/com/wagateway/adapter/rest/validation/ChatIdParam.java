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
 * A chat id as the provider keeps it (Whapi's {@code ChatID}: 10 to 31 digits or dashes, then the
 * server): a wrong shape is a 400 naming the parameter, before any provider call.
 */
@Documented
@Pattern(regexp = "^[0-9-]{10,31}@[a-z.]{2,30}$")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ChatIdParam {
  String EXAMPLE = "573001234567@s.whatsapp.net";

  String message() default
      "must be a chat id such as 573001234567@s.whatsapp.net or 120363012345678901@g.us";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
