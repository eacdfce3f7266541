package com.wagateway.domain.instance;

import com.wagateway.domain.model.Require;
import java.time.Instant;

/** A reading of the instance: the unified state and the provider's own word, for diagnosis. */
public record InstanceState(ConnectionState state, String providerState, Instant checkedAt) {
  public InstanceState {
    Require.present(state, "state");
    Require.present(checkedAt, "checkedAt");
  }
}
