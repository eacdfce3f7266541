package com.wagateway.domain.error;

/** A value broke a rule of the domain; {@code field} names it as the caller wrote it. */
public final class InvalidValueException extends GatewayException {
  private final String field;

  public InvalidValueException(String field, String message) {
    super(ErrorCode.VALIDATION_FAILED, field + ": " + message, null, null, null);
    this.field = field;
  }

  public String field() {
    return field;
  }

  /** The rule that was broken, without the field name. */
  public String reason() {
    return getMessage().substring(field.length() + 2);
  }
}
