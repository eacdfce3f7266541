package com.wagateway.adapter.rest.console;

import com.wagateway.adapter.rest.problem.Problem;
import java.util.List;

/** A problem as the console shows it: its code, its detail and the invalid fields, never JSON. */
public record ProblemView(
    int status, String code, String detail, List<String> violations, String requestId) {

  static ProblemView of(Problem problem) {
    List<String> violations =
        problem.violations() == null
            ? List.of()
            : problem.violations().stream().map(v -> v.field() + ": " + v.message()).toList();
    return new ProblemView(
        problem.status(), problem.code(), problem.detail(), violations, problem.requestId());
  }
}
