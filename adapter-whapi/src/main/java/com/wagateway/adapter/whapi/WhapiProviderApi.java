package com.wagateway.adapter.whapi;

import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.port.ProviderApi;
import com.wagateway.domain.providerapi.ProviderOperation;
import com.wagateway.domain.providerapi.ProviderReply;
import com.wagateway.domain.providerapi.ProviderRequest;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Every operation of Whapi's OpenAPI document (and the seed reference's supplement) that the
 * unified API does not offer, passed through as the caller wrote it once {@link WhapiSpec} found it
 * valid. A 2xx answer comes back untouched; any other goes through {@link WhapiErrors}.
 *
 * <p>Parsing Whapi's documents takes seconds, so it starts with the application but on a thread of
 * its own, off the start-up path: the gateway is ready without waiting for it, and the first routed
 * call made before it finishes waits for it (such calls run on worker threads).
 */
@Startup
@ApplicationScoped
public class WhapiProviderApi implements ProviderApi {
  private final WhapiApi api;
  private final CompletableFuture<WhapiSpec> spec;

  @Inject
  WhapiProviderApi(WhapiApi api) {
    this.api = api;
    this.spec = CompletableFuture.supplyAsync(WhapiSpec::load, WhapiProviderApi::onItsOwnThread);
  }

  private static void onItsOwnThread(Runnable load) {
    Thread loader = new Thread(load, "whapi-spec-loader");
    loader.setDaemon(true);
    loader.start();
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
    return spec.join().resolve(tenant, request);
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
