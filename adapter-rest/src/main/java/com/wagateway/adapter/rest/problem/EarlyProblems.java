package com.wagateway.adapter.rest.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/** Answers a request with a problem before it reaches routing (and the exception mappers). */
final class EarlyProblems {
  /** Where Quarkus's HTTP metrics read the path template of a request (its uri tag). */
  private static final String METRICS_PATH_TEMPLATE = "UrlPathTemplate";

  private EarlyProblems() {}

  static void refuse(RoutingContext context, ObjectMapper json, ProblemCode code, String detail) {
    // Refused before routing, so no path template is known: without one, the HTTP metrics would
    // be tagged with the raw path (tenant ids, media ids). Named like Quarkus's own NOT_FOUND.
    Vertx.currentContext().putLocal(METRICS_PATH_TEMPLATE, code.name());
    context
        .response()
        .setStatusCode(code.status())
        .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.PROBLEM_JSON)
        .putHeader(HttpHeaders.CONNECTION, "close")
        .end(Buffer.buffer(body(json, code, detail, context.normalizedPath())));
  }

  private static byte[] body(ObjectMapper json, ProblemCode code, String detail, String path) {
    try {
      return json.writeValueAsBytes(
          new Problem(
              code.type(),
              code.title(),
              code.status(),
              detail,
              path,
              code.name(),
              null,
              null,
              null));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A problem record always serialises", e);
    }
  }
}
