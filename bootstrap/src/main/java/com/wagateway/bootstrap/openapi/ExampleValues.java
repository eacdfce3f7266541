package com.wagateway.bootstrap.openapi;

import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

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
    if (components != null) {
      fill(components.getParameters(), examples, Parameter::getExample, Parameter::setExample);
      fill(components.getSchemas(), examples, Schema::getExample, Schema::setExample);
    }
  }

  private static <T> void fill(
      Map<String, T> named,
      Map<String, String> examples,
      Function<T, Object> example,
      BiConsumer<T, Object> setExample) {
    if (named != null) {
      named.forEach(
          (name, component) -> {
            if (examples.containsKey(name) && example.apply(component) == null) {
              setExample.accept(component, examples.get(name));
            }
          });
    }
  }
}
