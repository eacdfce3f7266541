package com.wagateway.application.tenant;

import com.wagateway.application.port.TenantDirectory;
import com.wagateway.domain.error.TenantNotFoundException;
import com.wagateway.domain.model.Tenant;
import com.wagateway.domain.model.TenantId;

/** Looks a tenant up on every call, so a change in the directory applies to the next request. */
public final class TenantResolver {
  private final TenantDirectory directory;

  public TenantResolver(TenantDirectory directory) {
    this.directory = directory;
  }

  public Tenant require(TenantId id) {
    return directory.find(id).orElseThrow(() -> new TenantNotFoundException(id));
  }
}
