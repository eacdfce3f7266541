package com.wagateway.application.fake;

import com.wagateway.application.port.UnitOfWork;
import java.util.function.Supplier;

/** Runs the work in place: the in-memory fakes need no transaction. */
public final class DirectUnitOfWork implements UnitOfWork {
  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }
}
