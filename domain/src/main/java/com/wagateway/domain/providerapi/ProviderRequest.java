package com.wagateway.domain.providerapi;

import com.wagateway.domain.model.Require;
import java.util.List;
import java.util.Map;

/**
 * One call of a provider's own API as the caller wrote it: the method, the path below the
 * provider's base URL ({@code /groups/120363@g.us}), the query parameters and the body with its
 * content type ({@code null} both when there is none).
 */
public record ProviderRequest(
    HttpMethod method,
    String path,
    Map<String, List<String>> query,
    String contentType,
    byte[] body) {
  public ProviderRequest {
    Require.present(method, "method");
    Require.present(path, "path");
    if (!path.startsWith("/")) {
      path = "/" + path;
    }
    query = query == null ? Map.of() : Map.copyOf(query);
  }

  public boolean hasBody() {
    return body != null && body.length > 0;
  }

  /** The HTTP methods a provider's own API is reached with. */
  public enum HttpMethod {
    GET,
    HEAD,
    POST,
    PUT,
    PATCH,
    DELETE;

    /** Whether a call changes nothing at the provider, so it may be repeated and is not audited. */
    public boolean onlyReads() {
      return this == GET || this == HEAD;
    }
  }
}
