package com.wagateway.adapter.whapi;

import com.wagateway.domain.error.GatewayException;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderCredentials;
import com.wagateway.domain.model.Secret;
import com.wagateway.domain.port.Completions;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * The Whapi REST client plus the one call path every port uses: adds the tenant's bearer token, and
 * turns each answer into a parsed body or a domain exception.
 */
@ApplicationScoped
class WhapiApi {
  /** One REST client per client interface: {@link WhapiClient}, then one per family. */
  private final ClassValue<Object> clients;

  @Inject
  WhapiApi(WhapiSettings settings) {
    this(settings.baseUrl(), settings.connectTimeout(), settings.readTimeout());
  }

  private WhapiApi(URI baseUri, Duration connect, Duration read) {
    this.clients =
        new ClassValue<>() {
          @Override
          protected Object computeValue(Class<?> api) {
            return client(baseUri, connect, read, api);
          }
        };
    clients.get(WhapiClient.class);
  }

  /** A client against any URL, for tests (an unreachable port, say). */
  static WhapiApi forUrl(URI baseUri, Duration connectTimeout, Duration readTimeout) {
    return new WhapiApi(baseUri, connectTimeout, readTimeout);
  }

  private static <C> C client(URI baseUri, Duration connect, Duration read, Class<C> api) {
    return QuarkusRestClientBuilder.newBuilder()
        .baseUri(baseUri)
        .connectTimeout(connect.toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(read.toMillis(), TimeUnit.MILLISECONDS)
        // Statuses are judged by WhapiErrors, not turned into WebApplicationException.
        .disableDefaultMapper(true)
        .register(new RequestIdHeader())
        .build(api);
  }

  private <C> C rest(Class<C> api) {
    return api.cast(clients.get(api));
  }

  /** Sends one request and parses a 2xx body as {@code type}. */
  <T> T call(
      ProviderAccount account, Class<T> type, BiFunction<WhapiClient, String, Response> request) {
    return call(account, type, (Secret) null, request);
  }

  /**
   * As {@link #call(ProviderAccount, Class, BiFunction)} through the REST client interface of one
   * family of operations ({@code api}), so that {@link WhapiClient} need not hold them all.
   */
  <C, T> T call(
      ProviderAccount account,
      Class<C> api,
      Class<T> type,
      BiFunction<C, String, Response> request) {
    return judge(account, type, null, invoke(account, api, request));
  }

  /**
   * As {@link #call(ProviderAccount, Class, BiFunction)} for a request that carries {@code hidden},
   * a secret other than the token: should Whapi echo it in an error, it is masked there too.
   */
  <T> T call(
      ProviderAccount account,
      Class<T> type,
      Secret hidden,
      BiFunction<WhapiClient, String, Response> request) {
    return judge(account, type, hidden, invoke(account, WhapiClient.class, request));
  }

  /**
   * Sends one request whose 2xx answer is a file: the answer is returned with its body unread (a
   * blocking {@link Response} of the REST client streams its entity), and the caller closes it.
   */
  Response open(ProviderAccount account, BiFunction<WhapiClient, String, Response> request) {
    Response response = invoke(account, WhapiClient.class, request);
    if (!isSuccess(response.getStatus())) {
      try (response) {
        throw failure(account, null, response);
      }
    }
    return response;
  }

  private <C> Response invoke(
      ProviderAccount account, Class<C> api, BiFunction<C, String, Response> request) {
    String authorization = bearer(account);
    try {
      return request.apply(rest(api), authorization);
    } catch (RuntimeException e) {
      throw WhapiErrors.translate(account, e);
    }
  }

  /**
   * As {@link #call(ProviderAccount, Class, BiFunction)} without waiting for the answer: the stage
   * completes with the parsed body, or fails with the {@link
   * com.wagateway.domain.error.GatewayException} the same answer would have thrown.
   */
  <T> CompletionStage<T> send(
      ProviderAccount account,
      Class<T> type,
      BiFunction<WhapiClient, String, CompletionStage<Response>> request) {
    String authorization = bearer(account);
    CompletionStage<Response> answer;
    try {
      answer = request.apply(rest(WhapiClient.class), authorization);
    } catch (RuntimeException e) {
      return Completions.failed(WhapiErrors.translate(account, e));
    }
    return answer.handle(
        (response, failure) -> {
          if (failure != null) {
            throw WhapiErrors.translate(account, Completions.cause(failure));
          }
          return judge(account, type, null, response);
        });
  }

  private static <T> T judge(
      ProviderAccount account, Class<T> type, Secret hidden, Response response) {
    try (response) {
      int status = response.getStatus();
      if (!isSuccess(status)) {
        throw failure(account, hidden, response);
      }
      return WhapiJson.parse(account, status, bodyOf(response), type);
    }
  }

  private static boolean isSuccess(int status) {
    return status >= 200 && status < 300;
  }

  private static GatewayException failure(
      ProviderAccount account, Secret hidden, Response response) {
    String body = masked(bodyOf(response), hidden);
    String retryAfter = response.getHeaderString(HttpHeaders.RETRY_AFTER);
    return WhapiErrors.forStatus(account, response.getStatus(), body, retryAfter);
  }

  static String bodyOf(Response response) {
    try {
      return response.hasEntity() ? response.readEntity(String.class) : null;
    } catch (RuntimeException unreadable) {
      return null;
    }
  }

  private static String masked(String body, Secret hidden) {
    return body == null || hidden == null ? body : body.replace(hidden.reveal(), "******");
  }

  private static String bearer(ProviderAccount account) {
    if (account.credentials() instanceof ProviderCredentials.Whapi whapi) {
      return "Bearer " + whapi.token().reveal();
    }
    throw new IllegalArgumentException(
        "Tenant " + account.tenantId() + " is not bound to Whapi but to " + account.provider());
  }
}
