package com.wagateway.adapter.rest.observability;

import com.wagateway.domain.model.TimeOrderedUuid;
import java.time.Clock;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * The request id that ties a caller's request to its log lines, its problem body and the provider
 * calls it caused. It lives in the logging MDC under {@link #MDC_KEY}; the provider adapters read
 * it there by that name (they cannot import this class).
 */
public final class RequestIds {
  public static final String HEADER = "X-Request-Id";
  public static final String MDC_KEY = "requestId";

  /** Short and free of anything that could break a log line or a header. */
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  /** Time-ordered, so ids sort by when the requests came; no shared SecureRandom to contend on. */
  private static final TimeOrderedUuid IDS = new TimeOrderedUuid(Clock.systemUTC());

  private RequestIds() {}

  /** The caller's id when it is sane, otherwise a fresh one. */
  public static String accept(String incoming) {
    if (incoming != null && SANE.matcher(incoming).matches()) {
      return incoming;
    }
    return IDS.get().toString();
  }

  /** The id of the request being handled, or {@code null} outside a request. */
  public static String current() {
    Object id = MDC.get(MDC_KEY);
    return id == null ? null : id.toString();
  }
}
