package com.wagateway.domain.account;

import java.util.Collections;
import java.util.Map;

/**
 * The provider's own account information (subscription, billing, usage limits). No provider
 * documents its fields, so they are kept as they came, an opaque JSON object as a map.
 */
public record AccountInfo(Map<String, Object> details) {
  public AccountInfo {
    details = details == null ? Map.of() : Collections.unmodifiableMap(details);
  }
}
