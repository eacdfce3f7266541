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
      EarlyProblems.refuse(
          context,
          json,
          ProblemCode.PAYLOAD_TOO_LARGE,
          "The request body is larger than the " + maxBytes + " bytes the gateway accepts");
      return;
    }
    context.next();
  }

  private static long declaredLength(String header) {
    try {
      return Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      return -1; // a malformed length is the HTTP layer's to refuse
    }
  }
}
