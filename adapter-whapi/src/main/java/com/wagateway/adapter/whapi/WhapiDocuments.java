package com.wagateway.adapter.whapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bundled files that describe Whapi's API: its OpenAPI documents and the operations the unified
 * API reaches. Public so that the gateway's own OpenAPI document describes exactly the operations
 * the provider-specific route accepts, from the same files.
 */
public final class WhapiDocuments {
  /** Whapi's own document first; then what the seed reference adds. */
  public static final List<String> OPENAPI =
      List.of("whapi-openapi-1.8.7.prism.yaml", "whapi-openapi-supplement.yaml");

  /** One {@code METHOD /path} a line; {@code #} starts a comment. */
  public static final String UNIFIED = "whapi-unified-operations.txt";

  /** Example values for the ids the documents describe by a pattern alone, by component name. */
  public static final String EXAMPLES = "whapi-examples.properties";

  /**
   * The Whapi operations no tenant may call through the provider-specific route, each with why: the
   * one table of them. They are neither unified nor routed, and {@code /q/openapi} leaves them out.
   */
  public static final Map<String, String> REFUSED =
      Map.of(
          "DELETE /settings",
          "it resets the channel's settings, the webhook among them, and the gateway receives this"
              + " tenant's messages and statuses through that webhook; change settings with PUT"
              + " /v1/tenants/{tenantId}/settings/webhook or /settings/auto-read instead");

  private WhapiDocuments() {}

  /** The operations the unified API reaches, each {@code "METHOD /path"} as in the documents. */
  public static Set<String> unifiedOperations() {
    return operationsIn(text(UNIFIED));
  }

  /**
   * Example values keyed by the name of the parameter or schema component they fit ({@code ChatID},
   * {@code PhoneNumber}, ...), for the ids Whapi's document describes by a pattern alone.
   */
  public static Map<String, String> examples() {
    Properties examples = new Properties();
    try (Reader in = new StringReader(text(EXAMPLES))) {
      examples.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return examples.stringPropertyNames().stream()
        .collect(Collectors.toUnmodifiableMap(name -> name, examples::getProperty));
  }

  /** Where the bundled file {@code name} is. */
  public static URL url(String name) {
    URL url = WhapiDocuments.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalStateException(name + " is missing from the build");
    }
    return url;
  }

  /** The lines of {@code text} that name an operation, without comments and blanks. */
  static Set<String> operationsIn(String text) {
    return text.lines()
        .map(line -> line.replaceFirst("#.*", "").trim())
        .filter(line -> !line.isEmpty())
        .map(line -> line.replaceAll("\\s+", " "))
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The bundled file {@code name}, read through this module's class loader. */
  public static String text(String name) {
    try (InputStream in = url(name).openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
