package com.wagateway.bootstrap.coverage;

import java.util.Arrays;
import java.util.List;

/**
 * A unified gateway operation ({@code "POST /v1/tenants/{tenantId}/messages/text"}), the capability
 * key it needs and the Whapi operations it calls: one row of {@code whapi-unified-routes.txt}.
 */
public record UnifiedRoute(String gatewayOperation, String capability, List<String> whapi) {

  /** The rows of the table, {@code #} comments and blank lines skipped. */
  public static List<UnifiedRoute> table() {
    return WhapiReference.resource("/whapi-unified-routes.txt")
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .map(UnifiedRoute::parse)
        .toList();
  }

  private static UnifiedRoute parse(String line) {
    String[] cells = line.split("\\|");
    if (cells.length != 3) {
      throw new IllegalArgumentException("Not 'gateway | capability | whapi': " + line);
    }
    List<String> whapi = Arrays.stream(cells[2].split(",")).map(String::strip).toList();
    return new UnifiedRoute(cells[0].strip(), cells[1].strip(), whapi);
  }
}
