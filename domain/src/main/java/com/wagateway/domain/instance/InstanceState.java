package com.wagateway.domain.instance;

import com.wagateway.domain.model.Require;
import java.time.Instant;

/**
 * A reading of the instance: the unified state, the provider's own word for diagnosis, and the
 * linked account when the provider reports it ({@code null}: unknown or not connected).
 */
public record InstanceState(
    ConnectionState state, String providerState, Instant checkedAt, LinkedNumber linked) {
  public InstanceState {
    Require.present(state, "state");
    Require.present(checkedAt, "checkedAt");
  }

  /** A reading without the linked account, for providers that do not report it. */
  public InstanceState(ConnectionState state, String providerState, Instant checkedAt) {
    this(state, providerState, checkedAt, null);
  }
}
