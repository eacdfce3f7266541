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
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * The Whapi REST client plus the one call path every port uses: adds the tenant's bearer token, and
 * turns each answer into a parsed body or a domain exception.
 */
@ApplicationScoped
class WhapiApi {
  private final ClassValue<Object> clients;
  private final WhapiClient client;

  @Inject
  WhapiApi(WhapiSettings settings) {
    this(settings.baseUrl(), settings.connectTimeout(), settings.readTimeout());
  }

  private WhapiApi(URI baseUri, Duration connect, Duration read) {
    this.clients =
        new ClassValue<>() {
          @Override
          protected Object computeValue(Class<?> family) {
            return build(family, baseUri, connect, read);
          }
        };
    this.client = client(WhapiClient.class);
  }

  /** A client against any URL, for tests (an unreachable port, say). */
  static WhapiApi forUrl(URI baseUri, Duration connectTimeout, Duration readTimeout) {
    return new WhapiApi(baseUri, connectTimeout, readTimeout);
  }

  private static Object build(Class<?> family, URI baseUri, Duration connect, Duration read) {
    return QuarkusRestClientBuilder.newBuilder()
        .baseUri(baseUri)
        .connectTimeout(connect.toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(read.toMillis(), TimeUnit.MILLISECONDS)
        // Statuses are judged by WhapiErrors, not turned into WebApplicationException.
        .disableDefaultMapper(true)
        .register(new RequestIdHeader())
        .build(family);
  }

  /**
   * The REST client of one family of Whapi's endpoints ({@link WhapiClient}, {@link
   * WhapiGroupClient}, ...): built once per interface, with the same base URL and timeouts, so a
   * family's endpoints live in an interface of their own.
   */
  private <C> C client(Class<C> family) {
    return family.cast(clients.get(family));
  }

  /**
   * As {@link #call(ProviderAccount, Class, BiFunction)} through the REST client of another family
   * of endpoints.
   */
  <C, T> T call(
      ProviderAccount account,
      Class<C> family,
      Class<T> type,
      BiFunction<C, String, Response> request) {
    return judge(account, type, null, invoke(account, client(family), request));
  }

  /**
   * As {@link #call(ProviderAccount, Class, Class, BiFunction)} for an operation whose 204 answer
   * means "there is nothing": empty then.
   */
  <C, T> Optional<T> callUnlessNoContent(
      ProviderAccount account,
      Class<C> family,
      Class<T> type,
      BiFunction<C, String, Response> request) {
    Response response = invoke(account, client(family), request);
    if (response.getStatus() == Response.Status.NO_CONTENT.getStatusCode()) {
      response.close();
      return Optional.empty();
    }
    return Optional.of(judge(account, type, null, response));
  }

  /** Sends one request and parses a 2xx body as {@code type}. */
  <T> T call(
      ProviderAccount account, Class<T> type, BiFunction<WhapiClient, String, Response> request) {
    return call(account, type, null, request);
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
    return judge(account, type, hidden, invoke(account, client, request));
  }

  /**
   * Sends one request whose 2xx answer is a file: the answer is returned with its body unread (a
   * blocking {@link Response} of the REST client streams its entity), and the caller closes it.
   */
  Response open(ProviderAccount account, BiFunction<WhapiClient, String, Response> request) {
    Response response = invoke(account, client, request);
    if (!isSuccess(response.getStatus())) {
      try (response) {
        throw failure(account, null, response);
      }
    }
    return response;
  }

  private static <C> Response invoke(
      ProviderAccount account, C client, BiFunction<C, String, Response> request) {
    String authorization = bearer(account);
    try {
      return request.apply(client, authorization);
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
    return send(account, WhapiClient.class, type, request);
  }

  /**
   * As {@link #send(ProviderAccount, Class, BiFunction)} through the REST client of another family
   * of endpoints.
   */
  <C, T> CompletionStage<T> send(
      ProviderAccount account,
      Class<C> family,
      Class<T> type,
      BiFunction<C, String, CompletionStage<Response>> request) {
    String authorization = bearer(account);
    CompletionStage<Response> answer;
    try {
      answer = request.apply(client(family), authorization);
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
