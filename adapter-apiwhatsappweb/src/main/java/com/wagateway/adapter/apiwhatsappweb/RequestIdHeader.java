package com.wagateway.adapter.apiwhatsappweb;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import org.jboss.logging.MDC;

/**
 * Passes the id of the gateway request being handled to the provider as {@code X-Request-Id}, so
 * one id follows a call across both systems. The id is read from the logging MDC, where the REST
 * adapter puts it under {@code requestId}; outside a request (scheduled work) no header is sent.
 */
final class RequestIdHeader implements ClientRequestFilter {
  static final String HEADER = "X-Request-Id";
  static final String MDC_KEY = "requestId";

  @Override
  public void filter(ClientRequestContext request) {
    Object id = MDC.get(MDC_KEY);
    if (id != null) {
      request.getHeaders().putSingle(HEADER, id.toString());
    }
  }
}
