package com.wagateway.adapter.rest.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body whose declared length is over {@code quarkus.http.limits.max-body-size} with a 413
 * problem before it is read. Without it the HTTP layer would answer a bare 413 with no body.
 */
@Singleton
public class BodySizeLimit {
  /** Where Quarkus's HTTP metrics read the path template of a request (its uri tag). */
  private static final String METRICS_PATH_TEMPLATE = "UrlPathTemplate";

  private final long maxBytes;
  private final ObjectMapper json;

  BodySizeLimit(
      @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M")
          MemorySize max,
      ObjectMapper json) {
    this.maxBytes = max.asLongValue();
    this.json = json;
  }

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(this::check);
  }

  private void check(RoutingContext context) {
    String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length != null && declaredLength(length) > maxBytes) {
      // Refused before routing, so no path template is known: without one, the HTTP metrics would
      // be tagged with the raw path (tenant ids, media ids). Named like Quarkus's own NOT_FOUND.
      Vertx.currentContext().putLocal(METRICS_PATH_TEMPLATE, ProblemCode.PAYLOAD_TOO_LARGE.name());
      context
          .response()
          .setStatusCode(ProblemCode.PAYLOAD_TOO_LARGE.status())
          .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.PROBLEM_JSON)
          .putHeader(HttpHeaders.CONNECTION, "close")
          .end(io.vertx.core.buffer.Buffer.buffer(problem(context.normalizedPath())));
      return;
    }
    context.next();
  }

  private byte[] problem(String path) {
    ProblemCode code = ProblemCode.PAYLOAD_TOO_LARGE;
    String detail =
        "The request body is larger than the " + maxBytes + " bytes the gateway accepts";
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
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("A problem record always serialises", e);
    }
  }

  private static long declaredLength(String header) {
    try {
      return Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      return -1; // a malformed length is the HTTP layer's to refuse
    }
  }
}
