package com.wagateway.domain.providerapi;

import com.wagateway.domain.providerapi.ProviderRequest.HttpMethod;

/**
 * An operation of a provider's API as its own description names it: {@code POST
 * /groups/{GroupID}/participants}. Requests for {@code /groups/120363@g.us/participants} resolve to
 * it.
 */
public record ProviderOperation(HttpMethod method, String path) {
  @Override
  public String toString() {
    return method + " " + path;
  }
}
