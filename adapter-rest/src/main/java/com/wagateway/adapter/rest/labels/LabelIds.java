package com.wagateway.adapter.rest.labels;

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
 * The shape of a label id in label paths and bodies: a wrong one is a 400 naming the field. Chat
 * and message ids use the shared constraints of the {@code validation} package.
 */
final class LabelIds {
  private LabelIds() {}

  /** WhatsApp numbers its labels. */
  @Documented
  @Pattern(regexp = "^[0-9]{1,10}$")
  @ReportAsSingleViolation
  @Constraint(validatedBy = {})
  @Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT})
  @Retention(RetentionPolicy.RUNTIME)
  @interface Label {
    String message() default "must be a label id of 1 to 10 digits";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }
}
