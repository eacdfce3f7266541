package com.wagateway.adapter.rest.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;

/**
 * Refuses a {@code Content-Type} that is not a media type ({@code type/subtype} with optional
 * {@code ;name=value} parameters, RFC 9110) with a 415 problem before routing. The REST layer
 * parses the header while it picks a method, and a garbled one ({@code png}, {@code image/}) would
 * otherwise surface there as an unexpected failure, a 500.
 */
@Singleton
public class ContentTypeCheck {
  private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
  private static final Pattern MEDIA_TYPE =
      Pattern.compile(
          "\\s*"
              + TOKEN
              + "/"
              + TOKEN
              + "\\s*(;\\s*"
              + TOKEN
              + "=("
              + TOKEN
              + "|\"([^\"\\\\]|\\\\.)*\")\\s*)*;?\\s*");
  private static final int MAX_LENGTH = 1024;

  private final ObjectMapper json;

  ContentTypeCheck(ObjectMapper json) {
    this.json = json;
  }

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
  }

  private void check(RoutingContext context) {
    String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
    if (type != null && !isMediaType(type)) {
      EarlyProblems.refuse(
          context,
          json,
          ProblemCode.UNSUPPORTED_MEDIA_TYPE,
          "The Content-Type header is not a media type (type/subtype, e.g. application/json)");
      return;
    }
    context.next();
  }

  static boolean isMediaType(String value) {
    return value.length() <= MAX_LENGTH && MEDIA_TYPE.matcher(value).matches();
  }
}
