package com.wagateway.adapter.rest.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.wagateway.adapter.rest.media.MediaLinks;
import com.wagateway.application.outbound.OutboundEvent;
import com.wagateway.application.port.EventPayloads;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
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

  /** Absolute when a base is known (it always is while a webhook is being served). */
  private String downloadUrl(String tenantId, String mediaId) {
    URI base = publicUrl.or(this::requestBase).orElse(URI.create(""));
    return MediaLinks.download(base, tenantId, mediaId).toString();
  }

  /** The scheme and authority the current request came to, when a request is being served. */
  private Optional<URI> requestBase() {
    if (!Arc.container().requestContext().isActive()) {
      return Optional.empty();
    }
    RoutingContext current = request.getCurrent();
    if (current == null) {
      return Optional.empty();
    }
    URI uri = URI.create(current.request().absoluteURI());
    return Optional.of(URI.create(uri.getScheme() + "://" + uri.getRawAuthority()));
  }

  /** The provider's JSON as JSON; kept as a string should it not parse (it always should). */
  private JsonNode readRaw(String raw) {
    try {
      return json.readTree(raw);
    } catch (JsonProcessingException notJson) {
      return TextNode.valueOf(raw);
    }
  }
}
