package com.wagateway.bootstrap.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests that quarkus-kubernetes wrote at package time
 * (target/kubernetes/kubernetes.yml): what an operator applies must hold two probed replicas sized
 * for the measured footprint, take every credential from the Secret, and be reachable on port 80.
 */
class KubernetesManifestsIT {
  private static final Path MANIFESTS = Path.of("target/kubernetes/kubernetes.yml");
  private static final String SECRET = "wa-gateway";

  /** Environment variable -> key in the Secret. */
  private static final Map<String, String> SECRET_ENV =
      Map.of(
          "GATEWAY_SECURITY_MASTER_KEY", "master-key",
          "GATEWAY_ADMIN_API_KEY", "admin-api-key",
          "GATEWAY_DATABASE_URL", "database-url",
          "GATEWAY_DATABASE_USERNAME", "database-username",
          "GATEWAY_DATABASE_PASSWORD", "database-password");

  private static List<JsonNode> resources;

  @BeforeAll
  static void read() throws IOException {
    resources = new ArrayList<>();
    new YAMLMapper()
        .readerFor(JsonNode.class)
        .readValues(MANIFESTS.toFile())
        .forEachRemaining(node -> resources.add((JsonNode) node));
  }

  @Test
  void runsTwoReplicas() {
    assertThat(deployment().at("/spec/replicas").asInt()).isEqualTo(2);
  }

  @Test
  void probesLivenessAndReadinessOnTheHealthEndpoints() {
    JsonNode container = container();
    assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
    assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
    assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
    assertThat(container.at("/livenessProbe/httpGet/port").asInt()).isEqualTo(8080);
    assertThat(container.at("/readinessProbe/httpGet/port").asInt()).isEqualTo(8080);
  }

  @Test
  void takesEveryCredentialFromTheSecret() {
    SECRET_ENV.forEach(
        (name, key) -> {
          JsonNode variable = env(name);
          assertThat(variable.has("value")).as(name + " has no literal value").isFalse();
          assertThat(variable.at("/valueFrom/secretKeyRef/name").asText()).isEqualTo(SECRET);
          assertThat(variable.at("/valueFrom/secretKeyRef/key").asText()).as(name).isEqualTo(key);
        });
    assertThat(env("GATEWAY_DATABASE_KIND").path("value").asText()).isEqualTo("postgresql");
  }

  @Test
  void requestsAndLimitsFitTheMeasuredFootprint() {
    JsonNode resources = container().path("resources");
    assertThat(resources.at("/requests/memory").asText()).isEqualTo("448Mi");
    assertThat(resources.at("/limits/memory").asText()).isEqualTo("640Mi");
    assertThat(resources.at("/requests/cpu").asText()).isEqualTo("250m");
    assertThat(resources.at("/limits/cpu").asText()).isEqualTo("1000m");
    // the heap is this share of the memory limit: 40 % of 640 MiB = 256 MiB, the README's -Xmx
    assertThat(env("JAVA_MAX_MEM_RATIO").path("value").asText()).isEqualTo("40");
  }

  @Test
  void runsAsNonRoot() {
    assertThat(deployment().at("/spec/template/spec/securityContext/runAsNonRoot").asBoolean())
        .isTrue();
  }

  @Test
  void servesPort80FromTheContainersPort8080() {
    JsonNode service = only("Service");
    JsonNode port = service.at("/spec/ports/0");
    assertThat(port.path("port").asInt()).isEqualTo(80);
    assertThat(port.path("targetPort").asInt()).isEqualTo(8080);
    assertThat(container().at("/ports/0/containerPort").asInt()).isEqualTo(8080);
    JsonNode podLabels = deployment().at("/spec/template/metadata/labels");
    service
        .at("/spec/selector")
        .fields()
        .forEachRemaining(
            label -> assertThat(podLabels.path(label.getKey())).isEqualTo(label.getValue()));
  }

  @Test
  void holdsOnlyTheDeploymentAndTheService() {
    // no Flyway Job with its waiting init container (every replica migrates under Flyway's lock)
    // and no ServiceMonitor (a cluster without the Prometheus Operator would refuse it)
    assertThat(resources)
        .extracting(node -> node.path("kind").asText())
        .containsExactlyInAnyOrder("Service", "Deployment");
    assertThat(deployment().at("/spec/template/spec/initContainers").isMissingNode()).isTrue();
  }

  private static JsonNode deployment() {
    return only("Deployment");
  }

  private static JsonNode container() {
    JsonNode containers = deployment().at("/spec/template/spec/containers");
    assertThat(containers).hasSize(1);
    return containers.get(0);
  }

  private static JsonNode env(String name) {
    for (JsonNode variable : container().path("env")) {
      if (variable.path("name").asText().equals(name)) {
        return variable;
      }
    }
    throw new AssertionError("no environment variable " + name + " in the Deployment");
  }

  private static JsonNode only(String kind) {
    List<JsonNode> found =
        resources.stream().filter(node -> node.path("kind").asText().equals(kind)).toList();
    assertThat(found).as(kind).hasSize(1);
    return found.get(0);
  }
}
