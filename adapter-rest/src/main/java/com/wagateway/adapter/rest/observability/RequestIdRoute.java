package com.wagateway.adapter.rest.observability;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.MDC;

/**
 * Gives every HTTP request its id before anything else handles it, on the Vert.x router rather than
 * in a JAX-RS filter, so that 404s, 405s, early 413s, health and metrics answers carry it too. The
 * MDC entry lives in the request's own (duplicated) Vert.x context, which follows the request onto
 * the worker thread that runs the resource and its provider calls.
 */
@Singleton
public class RequestIdRoute {

  /** Observed before the other router customisations, so its route is first among equals. */
  void install(@Observes @Priority(1) Router router) {
    router.route().order(Integer.MIN_VALUE).handler(RequestIdRoute::assign);
  }

  private static void assign(RoutingContext context) {
    String id = RequestIds.accept(context.request().getHeader(RequestIds.HEADER));
    MDC.put(RequestIds.MDC_KEY, id);
    context.addHeadersEndHandler(done -> context.response().putHeader(RequestIds.HEADER, id));
    context.next();
  }
}
