package com.wagateway.adapter.rest.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
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
