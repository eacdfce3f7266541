package com.wagateway.adapter.apiwhatsappweb;

import com.wagateway.domain.error.CapabilityNotSupportedException;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.port.ProviderPort;
import java.util.Set;

/**
 * A port API WhatsApp Web has no endpoint for at all: it declares no operation, so the gateway
 * answers 501 before calling it, and a direct call is refused the same way, saying why.
 */
abstract class NoEndpoints implements ProviderPort {
  private final String why;

  NoEndpoints(String why) {
    this.why = why;
  }

  @Override
  public ProviderId provider() {
    return ProviderId.APIWHATSAPPWEB;
  }

  @Override
  public Set<Operation> supportedOperations() {
    return Set.of();
  }

  protected CapabilityNotSupportedException unsupported(
      ProviderAccount account, Operation operation) {
    return new CapabilityNotSupportedException(
        account.tenantId(), account.provider(), operation, why);
  }
}
