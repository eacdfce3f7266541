package com.wagateway.application.fake;

import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.port.ProviderPort;
import java.util.Set;

/** What every fake family port shares: its provider, its declarations, and a count of calls. */
abstract class FakePort implements ProviderPort {
  private final ProviderId provider;
  private final Set<Operation> supported;
  private int calls;

  FakePort(ProviderId provider, Set<Operation> supported) {
    this.provider = provider;
    this.supported = Set.copyOf(supported);
  }

  @Override
  public ProviderId provider() {
    return provider;
  }

  @Override
  public Set<Operation> supportedOperations() {
    return supported;
  }

  /** How many port methods were called: the capability check must leave it at 0. */
  public int calls() {
    return calls;
  }

  /** Counts one call of a port method. */
  protected void called() {
    calls++;
  }
}
