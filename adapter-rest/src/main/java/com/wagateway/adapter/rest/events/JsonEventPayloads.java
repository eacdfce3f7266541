package com.wagateway.adapter.rest.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.wagateway.application.outbound.OutboundEvent;
import com.wagateway.application.port.EventPayloads;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes outbound events with the API's own JSON settings, so they read like its responses. A
 * media's {@code downloadUrl} starts with {@code gateway.public-url} when set, else with the
 * address the provider's webhook came to.
 */
@ApplicationScoped
public class JsonEventPayloads implements EventPayloads {
  private final ObjectMapper json;
  private final Optional<URI> publicUrl;
  private final CurrentVertxRequest request;
  private final EventBodies bodies;

  public JsonEventPayloads(
      ObjectMapper json,
      @ConfigProperty(name = "gateway.public-url") Optional<URI> publicUrl,
      CurrentVertxRequest request) {
    this.json = json;
    this.publicUrl = publicUrl;
    this.request = request;
    this.bodies = new EventBodies(this::downloadUrl, this::readRaw);
  }

  @Override
  public String render(OutboundEvent event) {
    try {
      return json.writeValueAsString(bodies.envelope(event));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("An event could not be written as JSON", e);
    }
  }

  private String downloadUrl(String tenantId, String mediaId) {
    return base() + "/v1/tenants/" + encode(tenantId) + "/media/" + encode(mediaId);
  }

  private String base() {
    Optional<String> configured = publicUrl.map(URI::toString);
    return configured.or(this::requestBase).orElse("").replaceAll("/+$", "");
  }

  /** The scheme and authority the current request came to, when a request is being served. */
  private Optional<String> requestBase() {
    if (!Arc.container().requestContext().isActive()) {
      return Optional.empty();
    }
    RoutingContext current = request.getCurrent();
    if (current == null) {
      return Optional.empty();
    }
    URI uri = URI.create(current.request().absoluteURI());
    return Optional.of(uri.getScheme() + "://" + uri.getRawAuthority());
  }

  /** The provider's JSON as JSON; kept as a string should it not parse (it always should). */
  private JsonNode readRaw(String raw) {
    try {
      return json.readTree(raw);
    } catch (JsonProcessingException notJson) {
      return TextNode.valueOf(raw);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
