package com.wagateway.bootstrap.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every operation of Whapi's reference: those of its OpenAPI 1.8.7 document, in its order, then
 * those only the seed reference lists ({@code ### METHOD `path`} under a {@code ## Family}).
 */
public final class WhapiReference {
  /** The HTTP methods an OpenAPI path item may hold an operation under. */
  public static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete", "head");

  private static final Pattern SEED_LINE =
      Pattern.compile("^(?:## (\\w+)|### ([A-Z]+) `([^`]+)`)$", Pattern.MULTILINE);

  private WhapiReference() {}

  /** {@code spec}: Whapi's OpenAPI document; {@code seed}: the seed reference (Markdown). */
  public static List<WhapiOperation> operations(Path spec, String seed) {
    Map<String, WhapiOperation> all = new LinkedHashMap<>();
    specOperations(spec).forEach(op -> all.put(op.key(), op));
    seedOperations(seed).forEach(op -> all.putIfAbsent(op.key(), op));
    return List.copyOf(all.values());
  }

  /** The spec's tag names in the order it declares them: the order of the families. */
  public static List<String> families(Path spec) {
    List<String> names = new ArrayList<>();
    read(spec).path("tags").forEach(tag -> names.add(tag.path("name").asText()));
    return names;
  }

  /** What {@link #forEachOperation} hands each operation to. */
  public interface OperationVisitor {
    void visit(String method, String path, JsonNode operation);
  }

  /** Visits each operation of an OpenAPI {@code document}, in its order; method in upper case. */
  public static void forEachOperation(JsonNode document, OperationVisitor visitor) {
    document
        .path("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        op -> {
                          if (METHODS.contains(op.getKey())) {
                            visitor.visit(
                                op.getKey().toUpperCase(Locale.ROOT), path.getKey(), op.getValue());
                          }
                        }));
  }

  private static List<WhapiOperation> specOperations(Path spec) {
    List<WhapiOperation> operations = new ArrayList<>();
    forEachOperation(
        read(spec),
        (method, path, op) ->
            operations.add(
                new WhapiOperation(
                    method, path, op.path("tags").path(0).asText("Untagged"), false)));
    return operations;
  }

  private static List<WhapiOperation> seedOperations(String seed) {
    List<WhapiOperation> operations = new ArrayList<>();
    String family = "Untagged";
    Matcher line = SEED_LINE.matcher(seed);
    while (line.find()) {
      if (line.group(1) != null) {
        family = line.group(1);
      } else {
        operations.add(new WhapiOperation(line.group(2), line.group(3), family, true));
      }
    }
    return operations;
  }

  private static JsonNode read(Path spec) {
    try (InputStream in = Files.newInputStream(spec)) {
      return new ObjectMapper(new YAMLFactory()).readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A classpath resource as text. */
  public static String resource(String name) {
    try (InputStream in = WhapiReference.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
