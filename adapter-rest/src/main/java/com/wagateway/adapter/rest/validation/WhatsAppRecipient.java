package com.wagateway.adapter.rest.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A phone number in international form or a WhatsApp chat id, by the domain's own rules. */
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
@Constraint(validatedBy = WhatsAppRecipientValidator.class)
public @interface WhatsAppRecipient {
  String message() default "must be a phone number in international form or a WhatsApp chat id";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
