package com.wagateway.application.tenant;

import com.wagateway.application.port.TenantDirectory;
import com.wagateway.domain.error.TenantNotFoundException;
import com.wagateway.domain.model.Tenant;
import com.wagateway.domain.model.TenantId;
import java.util.concurrent.CompletionStage;

/** Looks a tenant up on every call, so a change in the directory applies to the next request. */
public final class TenantResolver {
  private final TenantDirectory directory;

  public TenantResolver(TenantDirectory directory) {
    this.directory = directory;
  }

  public Tenant require(TenantId id) {
    return directory.find(id).orElseThrow(() -> new TenantNotFoundException(id));
  }

  /** As {@link #require} without blocking the caller (see {@link TenantDirectory#findLater}). */
  public CompletionStage<Tenant> requireLater(TenantId id) {
    return directory
        .findLater(id)
        .thenApply(found -> found.orElseThrow(() -> new TenantNotFoundException(id)));
  }
}
