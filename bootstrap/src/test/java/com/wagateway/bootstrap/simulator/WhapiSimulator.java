package com.wagateway.bootstrap.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.wagateway.adapter.whapi.WhapiDocuments;
import com.wagateway.bootstrap.coverage.WhapiReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dev simulator's answers to the Whapi operations the gateway forwards as they are ({@code
 * /v1/tenants/{id}/whapi/...}): one WireMock stub per operation of Whapi's bundled documents that
 * the unified API does not reach, answering the documented success with the document's example, or
 * a sample of its schema where it has none. Generated into {@code src/dev/wiremock/mappings}, so a
 * new spec version is a file change and a regeneration ({@code -Dwhapi.simulator.write=true}).
 */
final class WhapiSimulator {
  static final String FILE = "src/dev/wiremock/mappings/whapi-spec-answers.json";
  static final String REGENERATE =
      "./mvnw -B -o verify -pl bootstrap -am -Dtest=WhapiSimulatorTest"
          + " -Dsurefire.failIfNoSpecifiedTests=false -DskipITs -Dwhapi.simulator.write=true";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Set<String> METHODS =
      Set.of("get", "post", "put", "patch", "delete", "head");
  private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");

  /** Lower than the hand-written stubs (WireMock's default 5), higher than nothing. */
  private static final int PRIORITY = 6;

  private WhapiSimulator() {}

  /** One operation the simulator answers, and the answer. */
  record Answer(
      String document, String method, String path, int status, String contentType, JsonNode body) {
    String name() {
      return "Whapi simulator: " + method + " " + path;
    }

    /** The path with each parameter filled with its example: a request this stub answers. */
    String examplePath(Map<String, String> examples) {
      Matcher parameter = TEMPLATE.matcher(path);
      StringBuilder filled = new StringBuilder();
      while (parameter.find()) {
        parameter.appendReplacement(
            filled, Matcher.quoteReplacement(examples.getOrDefault(parameter.group(1), "sample")));
      }
      return parameter.appendTail(filled).toString();
    }

    boolean json() {
      return contentType.equals("application/json");
    }
  }

  /** The answers, in the documents' order; the first document names an operation first. */
  static List<Answer> answers() {
    Set<String> skipped = new HashSet<>(WhapiDocuments.unifiedOperations());
    skipped.addAll(WhapiDocuments.REFUSED.keySet());
    Map<String, String> examples = WhapiDocuments.examples();
    List<Answer> answers = new ArrayList<>();
    for (String name : WhapiDocuments.OPENAPI) {
      JsonNode document = read(name);
      SchemaSampler sampler = new SchemaSampler(document, examples);
      WhapiReference.forEachOperation(
          document,
          (method, path, operation) -> {
            if (skipped.add(method + " " + path)) {
              answers.add(answer(name, method, path, operation, document, sampler));
            }
          });
    }
    return answers;
  }

  /** The WireMock mappings file for {@code answers} (those of {@link #answers()}). */
  static String mappings(List<Answer> answers) {
    ObjectNode file = JSON.createObjectNode();
    ArrayNode mappings = file.putArray("mappings");
    answers.forEach(answer -> mappings.add(stub(answer)));
    try {
      return JSON.writeValueAsString(file) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Answer answer(
      String name,
      String method,
      String path,
      JsonNode operation,
      JsonNode document,
      SchemaSampler sampler) {
    Iterator<Map.Entry<String, JsonNode>> responses = operation.path("responses").fields();
    while (responses.hasNext()) {
      Map.Entry<String, JsonNode> response = responses.next();
      if (response.getKey().startsWith("2")) {
        JsonNode described = resolve(document, response.getValue());
        int status = Integer.parseInt(response.getKey());
        Iterator<Map.Entry<String, JsonNode>> content = described.path("content").fields();
        if (!content.hasNext()) {
          return new Answer(name, method, path, status, "application/json", null);
        }
        Map.Entry<String, JsonNode> first = content.next();
        JsonNode body = described.path("content").path("application/json");
        return body.isMissingNode()
            ? new Answer(name, method, path, status, first.getKey(), null)
            : new Answer(name, method, path, status, "application/json", example(body, sampler));
      }
    }
    return new Answer(name, method, path, 200, "application/json", null);
  }

  /**
   * A sample of the answer's schema, whose parts carry most of Whapi's examples. The two whole
   * answers Whapi's document gives as examples contradict their own schema (a number where it
   * declares strings), so an example of the whole answer is the fallback, not the rule.
   */
  private static JsonNode example(JsonNode mediaType, SchemaSampler sampler) {
    if (mediaType.has("schema")) {
      return sampler.sample(mediaType.path("schema"));
    }
    if (mediaType.has("example")) {
      return mediaType.get("example");
    }
    Iterator<JsonNode> examples = mediaType.path("examples").elements();
    if (examples.hasNext()) {
      return examples.next().path("value");
    }
    return null;
  }

  private static ObjectNode stub(Answer answer) {
    ObjectNode stub = JSON.createObjectNode();
    stub.put("name", answer.name());
    stub.put("priority", PRIORITY + TEMPLATE.matcher(answer.path()).results().count());
    ObjectNode request = stub.putObject("request");
    request.put("method", answer.method());
    request.put(
        "urlPathPattern", TEMPLATE.matcher(answer.path().replace(".", "\\.")).replaceAll("[^/]+"));
    request.putObject("headers").putObject("Authorization").put("matches", "Bearer .+");
    ObjectNode response = stub.putObject("response");
    response.put("status", answer.status());
    response.putObject("headers").put("Content-Type", answer.contentType());
    if (answer.body() != null) {
      response.set("jsonBody", answer.body());
    } else if (!answer.json()) {
      response.put("body", "Simulated " + answer.contentType() + " content");
    }
    return stub;
  }

  private static JsonNode resolve(JsonNode document, JsonNode node) {
    JsonNode resolved = node;
    while (resolved.has("$ref")) {
      resolved = document.at(resolved.path("$ref").asText().substring(1));
    }
    return resolved;
  }

  private static JsonNode read(String name) {
    try {
      return new ObjectMapper(new YAMLFactory()).readTree(WhapiDocuments.text(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
