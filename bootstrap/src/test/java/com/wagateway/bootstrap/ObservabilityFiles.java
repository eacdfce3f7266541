package com.wagateway.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test helper: the Grafana dashboard and the Prometheus alert rules, read as JSON trees. */
final class ObservabilityFiles {
  static final Path DASHBOARD = Path.of("src/main/observability/grafana/wa-gateway-dashboard.json");
  static final Path ALERTS = Path.of("src/main/observability/prometheus/wa-gateway-alerts.yml");

  /** Where the panels' queries go as recording rules, for {@code .ci/check-observability}. */
  static final Path DASHBOARD_QUERIES = Path.of("target/observability/dashboard-queries.yml");

  /** The data source every panel must query through: the dashboard's import input. */
  static final String DATASOURCE = "${DS_PROMETHEUS}";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private ObservabilityFiles() {}

  static JsonNode dashboard() {
    return read(JSON, DASHBOARD);
  }

  /** Every panel but the rows, which only group the others. */
  static List<JsonNode> panels() {
    return dashboard()
        .path("panels")
        .valueStream()
        .filter(panel -> !"row".equals(panel.path("type").asText()))
        .toList();
  }

  static JsonNode variable(String name) {
    return dashboard()
        .path("templating")
        .path("list")
        .valueStream()
        .filter(variable -> name.equals(variable.path("name").asText()))
        .findFirst()
        .orElseThrow();
  }

  static JsonNode alertGroups() {
    return read(YAML, ALERTS).path("groups");
  }

  static List<JsonNode> alertRules() {
    return alertGroups().valueStream().flatMap(group -> group.path("rules").valueStream()).toList();
  }

  /** The PromQL of every panel target and every alert rule. */
  static List<String> expressions() {
    Stream<JsonNode> targets =
        panels().stream().flatMap(panel -> panel.path("targets").valueStream());
    return Stream.concat(targets, alertRules().stream())
        .map(node -> node.path("expr").asText())
        .toList();
  }

  /**
   * Writes the panels' queries as recording rules, Grafana's variables replaced by values, so that
   * {@code promtool check rules} can check their PromQL.
   */
  static void writeDashboardQueriesAsRules() {
    ObjectNode group = YAML.createObjectNode().put("name", "dashboard-queries");
    ArrayNode rules = group.putArray("rules");
    for (JsonNode panel : panels()) {
      for (JsonNode target : panel.path("targets")) {
        String expr =
            target
                .path("expr")
                .asText()
                .replace("$__rate_interval", "5m")
                .replace("$__range", "1h")
                .replace("$tenant", ".*");
        String record =
            "dashboard:panel_" + panel.path("id").asInt() + "_" + target.path("refId").asText();
        rules.addObject().put("record", record).put("expr", expr);
      }
    }
    try {
      Files.createDirectories(DASHBOARD_QUERIES.getParent());
      YAML.writeValue(
          DASHBOARD_QUERIES.toFile(),
          YAML.createObjectNode().set("groups", YAML.createArrayNode().add(group)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(ObjectMapper mapper, Path file) {
    try {
      return mapper.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
