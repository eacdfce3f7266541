package com.wagateway.adapter.whapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whapi's operations as its OpenAPI documents (its own and the supplement) write them ({@code "PUT
 * /messages/{MessageID}"}), and which of them a request the stub server received was.
 */
final class WhapiSpecOperations {
  private static final Set<String> METHODS =
      Set.of("get", "post", "put", "patch", "delete", "head");
  private static final Map<String, Pattern> PATHS = load();

  private WhapiSpecOperations() {}

  static Set<String> all() {
    return PATHS.keySet();
  }

  /**
   * The operation {@code request} was. A literal segment wins over a template: {@code GET
   * /messages/list} is not {@code GET /messages/{MessageID}}.
   */
  static Optional<String> of(LoggedRequest request) {
    String prefix = request.getMethod().getName() + " ";
    String path = URI.create(request.getUrl()).getRawPath();
    return PATHS.entrySet().stream()
        .filter(op -> op.getKey().startsWith(prefix) && op.getValue().matcher(path).matches())
        .map(Map.Entry::getKey)
        .min(Comparator.comparingLong(op -> op.chars().filter(c -> c == '{').count()));
  }

  /** The operations of every bundled document ({@link WhapiDocuments#OPENAPI}). */
  private static Map<String, Pattern> load() {
    Map<String, Pattern> operations = new TreeMap<>();
    WhapiDocuments.OPENAPI.forEach(document -> load(document, operations));
    return operations;
  }

  private static void load(String document, Map<String, Pattern> operations) {
    try (InputStream in = WhapiSpecOperations.class.getResourceAsStream("/" + document)) {
      JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(in).path("paths");
      paths
          .fields()
          .forEachRemaining(
              path ->
                  path.getValue()
                      .fieldNames()
                      .forEachRemaining(
                          method -> {
                            if (METHODS.contains(method)) {
                              operations.put(
                                  method.toUpperCase(Locale.ROOT) + " " + path.getKey(),
                                  template(path.getKey()));
                            }
                          }));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code /chats/{ChatID}} matches any one segment where the template has a parameter. */
  private static Pattern template(String path) {
    return Pattern.compile(
        Arrays.stream(path.split("/", -1))
            .map(segment -> segment.startsWith("{") ? "[^/]+" : Pattern.quote(segment))
            .collect(Collectors.joining("/")));
  }
}
