package com.wagateway.application.port;

import java.util.function.Supplier;

/** Runs a piece of work atomically: a change and its audit record land together or not at all. */
public interface UnitOfWork {

  <T> T inTransaction(Supplier<T> work);
}
