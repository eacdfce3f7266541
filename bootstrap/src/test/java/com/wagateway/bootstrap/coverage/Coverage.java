package com.wagateway.bootstrap.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of Whapi's operations the gateway reaches, and how: a unified operation whose adapter
 * method declares it ({@code @Reaches}), or the provider-specific route {@code
 * /v1/tenants/{tenantId}/whapi<path>} with the same method in the gateway's OpenAPI document.
 */
public final class Coverage {
  static final String ROUTE_PREFIX = "/v1/tenants/{tenantId}/whapi";

  private final Map<String, List<Reach>> byFamily = new LinkedHashMap<>();

  /**
   * @param families the spec's tag order, first in the table
   * @param declared the Whapi operations adapter methods declare
   * @param gatewayOperations {@code "METHOD /path"} of every operation in the gateway's document
   * @param awww the capability keys API WhatsApp Web supports
   * @param refused the Whapi operations the gateway refuses on purpose, each with why
   */
  public Coverage(
      List<WhapiOperation> operations,
      List<String> families,
      Set<String> declared,
      List<UnifiedRoute> unified,
      Set<String> gatewayOperations,
      Set<String> awww,
      Map<String, String> refused) {
    families.forEach(family -> byFamily.put(family, new ArrayList<>()));
    for (WhapiOperation op : operations) {
      Reach reach =
          refused.containsKey(op.key())
              ? new Reach(op, Reach.Kind.REFUSED, List.of(), List.of())
              : reach(op, declared, unified, gatewayOperations, awww);
      byFamily.computeIfAbsent(op.family(), f -> new ArrayList<>()).add(reach);
    }
    byFamily.values().removeIf(List::isEmpty);
  }

  private static Reach reach(
      WhapiOperation op,
      Set<String> declared,
      List<UnifiedRoute> unified,
      Set<String> gatewayOperations,
      Set<String> awww) {
    if (declared.contains(op.key())) {
      List<UnifiedRoute> routes =
          unified.stream().filter(route -> route.whapi().contains(op.key())).toList();
      return new Reach(
          op,
          Reach.Kind.UNIFIED,
          routes.stream().map(UnifiedRoute::gatewayOperation).toList(),
          routes.stream().map(route -> awww.contains(route.capability()) ? "yes" : "no").toList());
    }
    String route = op.method() + " " + ROUTE_PREFIX + op.path();
    return gatewayOperations.contains(route)
        ? new Reach(op, Reach.Kind.ROUTE, List.of(route), List.of("no"))
        : new Reach(op, Reach.Kind.NONE, List.of(), List.of());
  }

  /** Every operation, by family, families in the spec's order. */
  public Map<String, List<Reach>> byFamily() {
    return byFamily;
  }

  /** The operations not reachable, by family; families without any are left out. */
  public Map<String, List<String>> missing() {
    Map<String, List<String>> missing = new LinkedHashMap<>();
    byFamily.forEach(
        (family, reaches) -> {
          List<String> keys =
              reaches.stream()
                  .filter(r -> r.kind() == Reach.Kind.NONE)
                  .map(r -> r.operation().key())
                  .toList();
          if (!keys.isEmpty()) {
            missing.put(family, keys);
          }
        });
    return missing;
  }

  /** The failure text: every unreachable operation, grouped by family with counts. */
  public String missingReport() {
    StringBuilder text = new StringBuilder();
    int total = missing().values().stream().mapToInt(List::size).sum();
    text.append(total).append(" Whapi operations not reachable through the gateway:\n");
    missing()
        .forEach(
            (family, keys) ->
                text.append("  ")
                    .append(family)
                    .append(" (")
                    .append(keys.size())
                    .append("): ")
                    .append(String.join(", ", keys))
                    .append('\n'));
    return text.toString();
  }
}
