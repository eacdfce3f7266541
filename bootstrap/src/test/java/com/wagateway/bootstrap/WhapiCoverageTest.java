package com.wagateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.wagateway.adapter.whapi.Reaches;
import com.wagateway.adapter.whapi.WhapiDocuments;
import com.wagateway.application.tenant.ProviderRouter;
import com.wagateway.bootstrap.coverage.Coverage;
import com.wagateway.bootstrap.coverage.CoverageMarkdown;
import com.wagateway.bootstrap.coverage.ReadmeSection;
import com.wagateway.bootstrap.coverage.UnifiedRoute;
import com.wagateway.bootstrap.coverage.WhapiReference;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.port.ProviderPort;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every operation of Whapi's reference (its OpenAPI 1.8.7 document and the seed reference) is
 * reachable through the gateway: a unified operation whose adapter method declares it ({@link
 * Reaches}), or the {@code /whapi/...} route in the gateway's OpenAPI document. The README's
 * coverage table is generated from the same facts; {@code -Dwhapi.coverage.write=true} rewrites it.
 */
@QuarkusTest
class WhapiCoverageTest extends GatewayTest {
  private static final Path SPEC = spec("whapi-openapi-1.8.7.prism.yaml");

  @Inject ProviderRouter router;

  @Test
  void everyWhapiOperationIsReachable() {
    Coverage coverage = coverage();
    if (!coverage.missing().isEmpty()) {
      fail(coverage.missingReport());
    }
  }

  @Test
  void theUnifiedRoutesTableNamesExactlyTheDeclaredOperationsAndRealGatewayOperations() {
    var table = UnifiedRoute.table();
    Set<String> keys =
        Arrays.stream(Operation.values()).map(Operation::key).collect(Collectors.toSet());

    assertThat(table.stream().flatMap(route -> route.whapi().stream()).collect(toSet()))
        .isEqualTo(declared());
    assertThat(table).allSatisfy(route -> assertThat(keys).contains(route.capability()));
    assertThat(gatewayOperations())
        .containsAll(table.stream().map(UnifiedRoute::gatewayOperation).toList());
  }

  @Test
  void theReadmeCarriesTheGeneratedCoverageTable() {
    ReadmeSection section = new ReadmeSection(Path.of("..", "README.md"), "whapi-coverage");
    String generated = CoverageMarkdown.render(coverage());
    if (Boolean.getBoolean("whapi.coverage.write")) {
      section.replace(generated);
    }
    assertThat(section.current())
        .as("README.md's coverage table; regenerate with -Dwhapi.coverage.write=true")
        .isEqualTo(generated);
  }

  private Coverage coverage() {
    Set<String> awww =
        router.supportedOperations(ProviderId.APIWHATSAPPWEB).stream()
            .map(Operation::key)
            .collect(Collectors.toSet());
    return new Coverage(
        WhapiReference.operations(SPEC, WhapiReference.resource("/whapi-api-reference.es.md")),
        WhapiReference.families(SPEC),
        declared(),
        UnifiedRoute.table(),
        gatewayOperations(),
        awww,
        WhapiDocuments.REFUSED);
  }

  /** The Whapi operations the provider ports' methods declare, read from the beans themselves. */
  private static Set<String> declared() {
    return Arc.container().beanManager().getBeans(ProviderPort.class, Any.Literal.INSTANCE).stream()
        .flatMap(bean -> Arrays.stream(bean.getBeanClass().getDeclaredMethods()))
        .flatMap(method -> Arrays.stream(method.getAnnotationsByType(Reaches.class)))
        .map(Reaches::value)
        .collect(toSet());
  }

  /** {@code "METHOD /path"} of every operation in the gateway's own OpenAPI document. */
  private static Set<String> gatewayOperations() {
    Map<String, Map<String, Object>> paths =
        OpenApiTest.openApi().<String, Map<String, Object>>getMap("paths");
    return paths.entrySet().stream()
        .flatMap(
            path ->
                path.getValue().keySet().stream()
                    .filter(WhapiReference.METHODS::contains)
                    .map(m -> m.toUpperCase(Locale.ROOT) + " " + path.getKey()))
        .collect(toSet());
  }

  private static Collector<String, ?, TreeSet<String>> toSet() {
    return Collectors.toCollection(TreeSet::new);
  }

  /** Whapi's spec as bundled in adapter-whapi (main resources once routed, test resources now). */
  private static Path spec(String name) {
    return Stream.of("main", "test")
        .map(scope -> Path.of("..", "adapter-whapi", "src", scope, "resources", name))
        .filter(Files::exists)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(name + " not found in adapter-whapi"));
  }
}
