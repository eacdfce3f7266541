package com.wagateway.bootstrap.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.models.Components;

/**
 * Gives the provider's id components an example where its document describes them by a pattern
 * alone, so that Swagger UI's "Try it out" starts from an id the provider would accept instead of
 * an empty field. The values come from a table kept next to the provider's document; an example the
 * document has is never replaced.
 */
final class ExampleValues {
  private ExampleValues() {}

  /** Sets the example of each parameter and schema of {@code components} named in the table. */
  static void fill(Components components, Map<String, String> examples) {
    if (components == null) {
      return;
    }
    if (components.getParameters() != null) {
      components
          .getParameters()
          .forEach(
              (name, parameter) -> {
                if (examples.containsKey(name) && parameter.getExample() == null) {
                  parameter.setExample(examples.get(name));
                }
              });
    }
    if (components.getSchemas() != null) {
      components
          .getSchemas()
          .forEach(
              (name, schema) -> {
                if (examples.containsKey(name) && schema.getExample() == null) {
                  schema.setExample(examples.get(name));
                }
              });
    }
  }
}
