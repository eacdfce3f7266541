package com.wagateway.bootstrap;

import static com.wagateway.bootstrap.ObservabilityFiles.DATASOURCE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The shape of the alert rules and the dashboard under {@code src/main/observability}; that the
 * metrics they read exist is {@link ObservabilityMetricsTest}'s part, their PromQL syntax and the
 * rules' behaviour are promtool's ({@code .ci/check-observability}).
 */
class ObservabilityFilesTest {

  @Test
  void alertRulesAreWellFormedAndCoverTheFiveConditions() {
    assertThat(ObservabilityFiles.alertGroups())
        .isNotEmpty()
        .allSatisfy(group -> assertThat(group.path("name").asText()).isNotBlank())
        .allSatisfy(group -> assertThat(group.path("rules")).isNotEmpty());
    List<JsonNode> rules = ObservabilityFiles.alertRules();
    for (JsonNode rule : rules) {
      assertThat(rule.path("expr").asText()).as(rule.toString()).isNotBlank();
      assertThat(rule.path("labels").path("severity").asText()).isIn("critical", "warning");
      assertThat(rule.path("annotations").path("summary").asText()).isNotBlank();
      assertThat(rule.path("annotations").path("description").asText()).isNotBlank();
      if (rule.has("for")) {
        assertThat(rule.path("for").asText()).matches("\\d+[smhd]");
      }
      assertThat(rule.properties().stream().map(Map.Entry::getKey))
          .isSubsetOf("alert", "expr", "for", "labels", "annotations");
    }
    Map<String, JsonNode> byName =
        rules.stream().collect(Collectors.toMap(rule -> rule.path("alert").asText(), rule -> rule));
    assertThat(byName)
        .containsOnlyKeys(
            "GatewayCircuitOpen",
            "GatewayDeadDeliveries",
            "GatewayHigh5xxRate",
            "GatewayRateLimiting",
            "GatewayNotReady");
    assertThat(byName.get("GatewayCircuitOpen").path("for").asText()).isEqualTo("5m");
    assertThat(byName.get("GatewayHigh5xxRate").path("expr").asText())
        .contains("http_server_requests_seconds_count{status=~\"5..\"}[5m]");
  }

  @Test
  void everyDashboardPanelQueriesTheDatasourceVariable() {
    assertThat(ObservabilityFiles.dashboard().path("schemaVersion").asInt()).isBetween(36, 41);
    JsonNode datasource = ObservabilityFiles.variable("DS_PROMETHEUS");
    assertThat(datasource.path("type").asText()).isEqualTo("datasource");
    assertThat(datasource.path("query").asText()).isEqualTo("prometheus");
    JsonNode tenant = ObservabilityFiles.variable("tenant");
    assertThat(tenant.path("datasource").path("uid").asText()).isEqualTo(DATASOURCE);
    assertThat(tenant.path("definition").asText()).matches("label_values\\(\\w+, tenant\\)");
    List<JsonNode> panels = ObservabilityFiles.panels();
    assertThat(panels).hasSizeGreaterThan(10);
    for (JsonNode panel : panels) {
      assertThat(panel.path("datasource").path("uid").asText()).isEqualTo(DATASOURCE);
      assertThat(panel.path("targets")).as(panel.path("title").asText()).isNotEmpty();
      for (JsonNode target : panel.path("targets")) {
        assertThat(target.path("expr").asText()).isNotBlank();
        assertThat(target.path("datasource").path("uid").asText()).isEqualTo(DATASOURCE);
      }
    }
    assertThat(panels).extracting(panel -> panel.path("id").asInt()).doesNotHaveDuplicates();
    ObservabilityFiles.writeDashboardQueriesAsRules();
  }
}
