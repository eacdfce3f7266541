package com.wagateway.bootstrap.coverage;

import java.util.List;

/**
 * How the gateway reaches one Whapi operation: through unified operations ({@code gateway} lists
 * them, {@code awww} says per entry whether API WhatsApp Web supports it), through its
 * provider-specific route, or not at all (both lists empty).
 */
public record Reach(WhapiOperation operation, Kind kind, List<String> gateway, List<String> awww) {
  /** Unified operation, {@code /whapi/...} route, refused on purpose, or none. */
  public enum Kind {
    UNIFIED,
    ROUTE,
    REFUSED,
    NONE
  }
}
