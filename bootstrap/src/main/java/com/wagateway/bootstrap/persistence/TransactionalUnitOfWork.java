package com.wagateway.bootstrap.persistence;

import com.wagateway.application.port.UnitOfWork;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/** A JTA transaction around the work, joining one already running on this thread. */
@ApplicationScoped
public class TransactionalUnitOfWork implements UnitOfWork {

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return QuarkusTransaction.joiningExisting().call(work::get);
  }
}
