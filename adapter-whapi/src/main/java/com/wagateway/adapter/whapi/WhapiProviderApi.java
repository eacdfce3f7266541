package com.wagateway.adapter.whapi;

import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.port.ProviderApi;
import com.wagateway.domain.providerapi.ProviderOperation;
import com.wagateway.domain.providerapi.ProviderReply;
import com.wagateway.domain.providerapi.ProviderRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Set;

/**
 * Every operation of Whapi's OpenAPI document (and the seed reference's supplement) that the
 * unified API does not offer, passed through as the caller wrote it once {@link WhapiSpec} found it
 * valid. A 2xx answer comes back untouched; any other goes through {@link WhapiErrors}.
 *
 * <p>Whapi's documents are parsed when the first routed call needs them, not at start: parsing
 * takes about 1.4 s of CPU on a cold JVM, and the parsed documents, with the validator's schemas,
 * hold about 18 MiB of heap, a third of what the gateway keeps live otherwise. A gateway whose
 * callers never route a call pays neither; the first routed call waits for the parse (routed calls
 * run on worker threads), and concurrent first calls wait for the same one.
 */
@ApplicationScoped
public class WhapiProviderApi implements ProviderApi {
  private final WhapiApi api;
  private volatile WhapiSpec spec;

  @Inject
  WhapiProviderApi(WhapiApi api) {
    this.api = api;
  }

  private WhapiSpec spec() {
    WhapiSpec loaded = spec;
    if (loaded == null) {
      synchronized (this) {
        loaded = spec;
        if (loaded == null) {
          loaded = WhapiSpec.load();
          spec = loaded;
        }
      }
    }
    return loaded;
  }

  @Override
  public ProviderId provider() {
    return ProviderId.WHAPI;
  }

  @Override
  public Set<Operation> supportedOperations() {
    return Set.of(Operation.PROVIDER_API);
  }

  @Override
  public ProviderOperation resolve(TenantId tenant, ProviderRequest request) {
    return spec().resolve(tenant, request);
  }

  @Override
  public ProviderReply read(ProviderAccount account, ProviderRequest request) {
    return forward(account, request);
  }

  @Override
  public ProviderReply change(ProviderAccount account, ProviderRequest request) {
    return forward(account, request);
  }

  private ProviderReply forward(ProviderAccount account, ProviderRequest request) {
    String path = request.path().substring(1);
    MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
    request.query().forEach(query::addAll);
    String type = request.contentType();
    byte[] body = request.hasBody() ? request.body() : null;
    try (Response response =
        api.open(
            account,
            (client, auth) ->
                switch (request.method()) {
                  case GET -> client.get(auth, path, query);
                  case HEAD -> client.head(auth, path, query);
                  case POST -> client.post(auth, path, query, type, body);
                  case PUT -> client.put(auth, path, query, type, body);
                  case PATCH -> client.patch(auth, path, query, type, body);
                  case DELETE -> client.delete(auth, path, query, type, body);
                })) {
      byte[] answer = response.hasEntity() ? response.readEntity(byte[].class) : new byte[0];
      String contentType = response.getHeaderString("Content-Type");
      return new ProviderReply(response.getStatus(), contentType, answer);
    }
  }
}
