package com.wagateway.adapter.rest.console;

import com.wagateway.application.capabilities.Capabilities;
import java.util.List;
import java.util.Map;

/** One line of the tenants page: the tenant, its provider and what that provider supports. */
public record TenantRow(String id, String provider, List<String> supported, int operations) {

  static TenantRow of(Capabilities capabilities) {
    List<String> supported =
        capabilities.operations().entrySet().stream()
            .filter(Map.Entry::getValue)
            .map(entry -> entry.getKey().key())
            .sorted()
            .toList();
    return new TenantRow(
        capabilities.tenantId().value(),
        capabilities.provider().key(),
        supported,
        capabilities.operations().size());
  }
}
