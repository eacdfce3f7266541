package com.wagateway.bootstrap.openapi;

import com.wagateway.adapter.whapi.WhapiDocuments;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.openapi.api.util.FilterUtil;
import io.smallrye.openapi.runtime.io.OpenApiParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Documents, one by one, the Whapi operations that {@code /v1/tenants/{tenantId}/whapi/{path}}
 * forwards, from the same bundled documents the route checks requests against, leaving out those
 * the unified API reaches: Swagger UI then shows each with Whapi's parameters, body, examples and
 * answers under a tag per family ({@code Whapi: Groups}), and an example for each id Whapi
 * describes by a pattern alone ({@link ExampleValues}). Runs once at build time, because parsing
 * Whapi's document takes seconds; the problem responses and the tenant parameter's description are
 * added at run time by the REST adapter's filter, as for every tenant operation.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class WhapiOperationsFilter implements OASFilter {
  static final String PROVIDER = "Whapi";
  static final String ROUTE = "/v1/tenants/{tenantId}/whapi";

  @Override
  public void filterOpenAPI(OpenAPI gateway) {
    Set<String> unified = new HashSet<>(WhapiDocuments.unifiedOperations());
    unified.addAll(WhapiDocuments.REFUSED.keySet());
    ComponentNamespace namespace = new ComponentNamespace(PROVIDER);
    Map<String, String> tagDescriptions = new HashMap<>();
    if (gateway.getComponents() == null) {
      gateway.setComponents(OASFactory.createComponents());
    }
    Map<String, String> examples = WhapiDocuments.examples();
    for (String name : WhapiDocuments.OPENAPI) {
      OpenAPI parsed = parse(name);
      ExampleValues.fill(parsed.getComponents(), examples);
      OpenAPI whapi = FilterUtil.applyFilter(namespace, parsed);
      FilterUtil.applyFilter(new SchemaRepairs(), whapi);
      namespace.copy(whapi.getComponents(), gateway.getComponents());
      if (whapi.getTags() != null) {
        whapi
            .getTags()
            .forEach(
                tag ->
                    tagDescriptions.put(
                        RoutedOperation.tag(PROVIDER, tag.getName()), tag.getDescription()));
      }
      if (whapi.getPaths() != null) {
        whapi.getPaths().getPathItems().forEach((path, item) -> add(gateway, path, item, unified));
      }
    }
    addTags(gateway, tagDescriptions);
  }

  private static OpenAPI parse(String name) {
    try {
      return OpenApiParser.parse(WhapiDocuments.url(name));
    } catch (IOException e) {
      throw new UncheckedIOException(name + " is not a readable OpenAPI document", e);
    }
  }

  /**
   * Adds {@code item}'s operations that are not unified (nor refused) and not documented by an
   * earlier file.
   */
  private static void add(OpenAPI gateway, String path, PathItem item, Set<String> unified) {
    String routed = ROUTE + path;
    PathItem target = gateway.getPaths().getPathItem(routed);
    if (target == null) {
      target = OASFactory.createPathItem().parameters(item.getParameters());
      gateway.getPaths().addPathItem(routed, target);
    }
    for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
      String method = entry.getKey().name();
      if (!unified.contains(method + " " + path)
          && target.getOperations().get(entry.getKey()) == null) {
        target.setOperation(
            entry.getKey(), RoutedOperation.adapt(PROVIDER, method, path, entry.getValue()));
      }
    }
    if (target.getOperations().isEmpty()) {
      gateway.getPaths().removePathItem(routed);
    }
  }

  /** A gateway tag for every family that has a routed operation, described as Whapi does. */
  private static void addTags(OpenAPI gateway, Map<String, String> descriptions) {
    gateway.getPaths().getPathItems().values().stream()
        .flatMap(item -> item.getOperations().values().stream())
        .filter(op -> op.getTags() != null)
        .flatMap(op -> op.getTags().stream())
        .distinct()
        .filter(tag -> tag.startsWith(RoutedOperation.tag(PROVIDER, "")))
        .forEach(tag -> gateway.addTag(tagNamed(tag, descriptions.get(tag))));
  }

  private static Tag tagNamed(String name, String description) {
    String whapi = description == null ? "" : description.strip().replaceFirst("\\.?$", ". ");
    return OASFactory.createTag()
        .name(name)
        .description(whapi + "Whapi-specific: for tenants on Whapi only.");
  }
}
