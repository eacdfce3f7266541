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

/** The shapes of the ids in label paths and bodies: a wrong one is a 400 naming the field. */
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

  /** A person's, group's or broadcast's chat id, as WhatsApp writes it. */
  @Documented
  @Pattern(regexp = "^[0-9-]{5,40}@[a-z.]{2,20}$")
  @ReportAsSingleViolation
  @Constraint(validatedBy = {})
  @Target({ElementType.PARAMETER, ElementType.FIELD})
  @Retention(RetentionPolicy.RUNTIME)
  @interface Chat {
    String message() default
        "must be a chat id such as 573001234567@s.whatsapp.net or 120363012345678901@g.us";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  /** The provider's message id: letters, digits, '.', '_' and '-' keep it one path segment. */
  @Documented
  @Pattern(regexp = "^[A-Za-z0-9._-]{4,100}$")
  @ReportAsSingleViolation
  @Constraint(validatedBy = {})
  @Target({ElementType.PARAMETER, ElementType.FIELD})
  @Retention(RetentionPolicy.RUNTIME)
  @interface Message {
    String message() default "must be a provider message id (letters, digits, '.', '_', '-')";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }
}
