package com.wagateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.error.InvalidValueException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a value object refuses a value with exactly the field and rule a caller sees. */
public final class Violations {
  private Violations() {}

  public static void assertViolation(ThrowingCallable call, String field, String reason) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.field()).as("field").isEqualTo(field);
              assertThat(e.reason()).as("reason").isEqualTo(reason);
              assertThat(e.getMessage()).isEqualTo(field + ": " + reason);
              assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            });
  }
}
