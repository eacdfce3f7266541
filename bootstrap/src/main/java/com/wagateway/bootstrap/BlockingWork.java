package com.wagateway.bootstrap;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Executor;

/**
 * Runs work that may block (a database read) without blocking an event loop: called on an event
 * loop, it runs the work on a worker thread of the caller's Vert.x context, so the request's
 * context (its request id in the logs) goes along; called on a thread that may block anyway, it
 * runs the work there and then, with no hand-off.
 */
@ApplicationScoped
public class BlockingWork implements Executor {

  @Override
  public void execute(Runnable work) {
    Context context = Vertx.currentContext();
    if (context == null || !Context.isOnEventLoopThread()) {
      work.run();
      return;
    }
    context.executeBlocking(
        () -> {
          work.run();
          return null;
        },
        false);
  }
}
