package com.wagateway.adapter.rest.problem;

import com.wagateway.adapter.rest.observability.RequestIds;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;

/** Builds {@code application/problem+json} responses with the headers their status calls for. */
public final class ProblemResponses {
  public static final String PROBLEM_JSON = "application/problem+json";

  /** Sent with 503 when the provider gave no hint: soon, but not in a tight loop. */
  private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);

  private ProblemResponses() {}

  public static Response of(ProblemCode code, String detail, String path) {
    return of(code, detail, path, null, null, null, null);
  }

  public static Response of(
      ProblemCode code,
      String detail,
      String path,
      String tenantId,
      String provider,
      List<Problem.Violation> violations,
      Duration retryAfter) {
    Problem body =
        new Problem(
            code.type(),
            code.title(),
            code.status(),
            detail,
            path,
            code.name(),
            tenantId,
            provider,
            violations,
            RequestIds.current());
    Response.ResponseBuilder response =
        Response.status(code.status()).type(PROBLEM_JSON).entity(body);
    if (code == ProblemCode.UNAUTHENTICATED) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"wa-gateway\"");
    }
    if (code.saysWhenToRetry()) {
      Duration wait = retryAfter != null ? retryAfter : DEFAULT_RETRY_AFTER;
      // Rounded up: a client that waits exactly this long must not be refused again.
      long seconds = (wait.toMillis() + 999) / 1000;
      response.header(HttpHeaders.RETRY_AFTER, Math.max(1, seconds));
    }
    return response.build();
  }

  public static Response validation(List<Problem.Violation> violations, String path) {
    String detail =
        violations.size() == 1
            ? violations.get(0).field() + ": " + violations.get(0).message()
            : "The request has " + violations.size() + " invalid fields";
    return of(ProblemCode.VALIDATION_FAILED, detail, path, null, null, violations, null);
  }
}
