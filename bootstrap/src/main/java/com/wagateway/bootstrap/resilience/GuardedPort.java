package com.wagateway.bootstrap.resilience;

import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.port.ProviderPort;
import java.util.Set;

/** What every guarded port shares: the port it wraps, the guards, and the port's declarations. */
abstract class GuardedPort<P extends ProviderPort> implements ProviderPort {
  protected final P delegate;
  protected final ProviderGuards guards;

  GuardedPort(P delegate, ProviderGuards guards) {
    this.delegate = delegate;
    this.guards = guards;
  }

  @Override
  public ProviderId provider() {
    return delegate.provider();
  }

  @Override
  public Set<Operation> supportedOperations() {
    return delegate.supportedOperations();
  }
}
