package com.wagateway.adapter.whapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The example ids handed to Swagger UI and the dev simulator are ones Whapi would accept: each
 * matches the pattern of the component it is named after, and every path parameter that Whapi
 * describes by a pattern alone has one.
 */
class WhapiExamplesTest {
  private static final JsonNode SPEC = read("whapi-openapi-1.8.7.prism.yaml");
  private static final Map<String, String> EXAMPLES = WhapiDocuments.examples();

  @Test
  void everyExampleMatchesThePatternOfItsComponent() {
    Map<String, String> misfits = new TreeMap<>();
    EXAMPLES.forEach(
        (name, example) -> {
          List<String> patterns = patternsOf(component(name));
          if (!patterns.isEmpty()
              && patterns.stream().noneMatch(pattern -> example.matches(pattern))) {
            misfits.put(name, example + " !~ " + patterns);
          }
        });
    assertThat(misfits).isEmpty();
  }

  @Test
  void everyExampleNamesAComponentOfTheDocument() {
    assertThat(EXAMPLES.keySet())
        .allSatisfy(name -> assertThat(component(name).isMissingNode()).as(name).isFalse());
  }

  @Test
  void everyPathParameterDescribedByAPatternAloneHasAnExample() {
    List<String> missing = new ArrayList<>();
    SPEC.path("components")
        .path("parameters")
        .fields()
        .forEachRemaining(
            parameter -> {
              JsonNode schema = resolve(parameter.getValue().path("schema"));
              boolean patternOnly =
                  !patternsOf(parameter.getValue().path("schema")).isEmpty()
                      && !schema.has("example")
                      && !schema.has("enum");
              if (parameter.getValue().path("in").asText().equals("path")
                  && patternOnly
                  && !EXAMPLES.containsKey(parameter.getKey())) {
                missing.add(parameter.getKey());
              }
            });
    assertThat(missing).isEmpty();
  }

  /** A parameter of that name, else a schema of that name. */
  private static JsonNode component(String name) {
    JsonNode parameter = SPEC.path("components").path("parameters").path(name);
    return parameter.isMissingNode()
        ? SPEC.path("components").path("schemas").path(name)
        : parameter.path("schema");
  }

  /** The patterns a value of {@code schema} may match: one, or one per {@code oneOf} branch. */
  private static List<String> patternsOf(JsonNode schema) {
    JsonNode resolved = resolve(schema);
    List<String> patterns = new ArrayList<>();
    if (resolved.has("pattern")) {
      patterns.add(resolved.path("pattern").asText());
    }
    resolved.path("oneOf").forEach(branch -> patterns.addAll(patternsOf(branch)));
    return patterns;
  }

  private static JsonNode resolve(JsonNode schema) {
    JsonNode node = schema;
    while (node.has("$ref")) {
      node = SPEC.at(node.path("$ref").asText().substring(1));
    }
    return node;
  }

  private static JsonNode read(String name) {
    try {
      return new ObjectMapper(new YAMLFactory()).readTree(WhapiDocuments.text(name));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
