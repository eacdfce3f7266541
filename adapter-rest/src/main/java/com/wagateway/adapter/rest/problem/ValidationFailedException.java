package com.wagateway.adapter.rest.problem;

import java.util.List;

/** Several invalid fields found at once in a request; answered as one 400 listing them all. */
public final class ValidationFailedException extends RuntimeException {
  private final transient List<Problem.Violation> violations;

  public ValidationFailedException(List<Problem.Violation> violations) {
    super(violations.size() + " invalid field(s)");
    this.violations = List.copyOf(violations);
  }

  public List<Problem.Violation> violations() {
    return violations;
  }
}
