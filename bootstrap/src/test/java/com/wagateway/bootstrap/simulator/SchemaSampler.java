package com.wagateway.bootstrap.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * A value that fits an OpenAPI schema, built from what the schema says: its own example first, else
 * the example table's value for a component of that name, else its default, its first enum value,
 * or a plain value of its type and format. Objects get every property, arrays one item; past a
 * depth (Whapi's schemas nest and recur) only required properties are kept, so every sample is
 * finite.
 */
final class SchemaSampler {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final int FULL_DEPTH = 6;
  private static final int MAX_DEPTH = 12;
  private static final JsonNode UNDESCRIBED = JSON.booleanNode(true);
  private static final JsonNode NONE = JSON.arrayNode();

  private final JsonNode document;
  private final Map<String, String> examples;

  /**
   * @param document the OpenAPI document the schemas' {@code $ref}s point into
   * @param examples example values by component name, for ids described by a pattern alone
   */
  SchemaSampler(JsonNode document, Map<String, String> examples) {
    this.document = document;
    this.examples = examples;
  }

  JsonNode sample(JsonNode schema) {
    return sample(schema, 0, NONE);
  }

  /**
   * @param required the names an enclosing {@code allOf} requires, which this part may describe
   */
  private JsonNode sample(JsonNode schema, int depth, JsonNode required) {
    if (schema.has("$ref")) {
      String ref = schema.path("$ref").asText();
      String name = ref.substring(ref.lastIndexOf('/') + 1);
      JsonNode target = document.at(ref.substring(1));
      if (!target.has("example") && examples.containsKey(name)) {
        return JSON.textNode(examples.get(name));
      }
      return sample(target, depth, required);
    }
    for (String given : new String[] {"example", "default"}) {
      if (schema.has(given) && fits(schema.get(given), schema)) {
        return schema.get(given).deepCopy();
      }
    }
    if (schema.path("examples").isArray() && !schema.path("examples").isEmpty()) {
      return schema.path("examples").get(0).deepCopy();
    }
    if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
      return schema.path("enum").get(0).deepCopy();
    }
    if (schema.has("allOf")) {
      return merged(schema, depth);
    }
    for (String choice : new String[] {"oneOf", "anyOf"}) {
      if (schema.path(choice).isArray() && !schema.path(choice).isEmpty()) {
        return sample(schema.path(choice).get(0), depth, required);
      }
    }
    return switch (type(schema)) {
      case "object" -> object(schema, depth, required);
      case "array" -> array(schema, depth);
      case "string" -> string(schema);
      case "integer", "number" -> JSON.numberNode(schema.path("minimum").asLong(1));
      case "boolean" -> JSON.booleanNode(true);
      default -> JSON.objectNode();
    };
  }

  /** Every part of an {@code allOf}, its own properties included, as one object. */
  private JsonNode merged(JsonNode schema, int depth) {
    ObjectNode merged = object(schema, depth, NONE);
    JsonNode last = merged;
    for (JsonNode part : schema.path("allOf")) {
      last = sample(part, depth, schema.path("required"));
      if (last instanceof ObjectNode object) {
        // A part that describes a property another part only requires has the last word.
        object
            .fields()
            .forEachRemaining(
                field -> {
                  if (!field.getValue().equals(UNDESCRIBED) || !merged.has(field.getKey())) {
                    merged.set(field.getKey(), field.getValue());
                  }
                });
      }
    }
    return merged.isEmpty() && !(last instanceof ObjectNode) ? last : merged;
  }

  private ObjectNode object(JsonNode schema, int depth, JsonNode inherited) {
    ObjectNode object = JSON.objectNode();
    if (depth >= MAX_DEPTH) {
      return object;
    }
    JsonNode required = schema.path("required");
    schema
        .path("properties")
        .fields()
        .forEachRemaining(
            property -> {
              String name = property.getKey();
              if (depth < FULL_DEPTH || contains(required, name) || contains(inherited, name)) {
                object.set(name, sample(property.getValue(), depth + 1, NONE));
              }
            });
    required.forEach(name -> object.putIfAbsent(name.asText(), UNDESCRIBED));
    return object;
  }

  private ArrayNode array(JsonNode schema, int depth) {
    ArrayNode array = JSON.arrayNode();
    int items = Math.max(1, schema.path("minItems").asInt(1));
    for (int i = 0; i < items && (depth < FULL_DEPTH || schema.has("minItems")); i++) {
      array.add(sample(schema.path("items"), depth + 1, NONE));
    }
    return array;
  }

  private static JsonNode string(JsonNode schema) {
    String value =
        switch (schema.path("format").asText()) {
          case "date-time" -> "2026-11-29T12:00:00Z";
          case "date" -> "2026-11-29";
          case "uri", "url" -> "https://cdn.example.com/simulated";
          case "email" -> "team@example.com";
          case "uuid" -> "7b1d7c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e";
          default -> "simulated";
        };
    return JSON.textNode(value);
  }

  /**
   * Whether a value the schema gives ({@code example}, {@code default}) is of its own type and
   * among its own {@code enum}.
   */
  private static boolean fits(JsonNode value, JsonNode schema) {
    if (schema.path("enum").isArray() && !contains(schema.path("enum"), value.asText())) {
      return false;
    }
    if (value.isContainerNode() && (schema.has("properties") || schema.has("items"))) {
      return false; // built from its parts: Whapi's whole-object examples skip what they require
    }
    return switch (type(schema)) {
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "array" -> value.isArray();
      case "object" -> value.isObject();
      default -> true;
    };
  }

  private static String type(JsonNode schema) {
    JsonNode type = schema.path("type");
    if (type.isArray()) {
      for (JsonNode each : type) {
        if (!each.asText().equals("null")) {
          return each.asText();
        }
      }
    }
    if (type.isTextual()) {
      return type.asText();
    }
    return schema.has("properties") ? "object" : schema.has("items") ? "array" : "";
  }

  private static boolean contains(JsonNode names, String name) {
    for (JsonNode each : names) {
      if (each.asText().equals(name)) {
        return true;
      }
    }
    return false;
  }
}
