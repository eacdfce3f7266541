package com.wagateway.adapter.apiwhatsappweb;

import com.fasterxml.jackson.core.JacksonException;
import com.wagateway.domain.error.GatewayException;
import com.wagateway.domain.error.ProviderException;
import com.wagateway.domain.error.RetryAfter;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.port.Completions;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** The one place where API WhatsApp Web failures become domain exceptions. */
final class ApiWhatsAppWebErrors {
  private ApiWhatsAppWebErrors() {}

  /** Runs one provider call; whatever it throws leaves as a {@link GatewayException}. */
  static <T> T call(ProviderAccount account, Supplier<T> request) {
    try {
      return request.get();
    } catch (RuntimeException e) {
      throw translate(account, e);
    }
  }

  /** As {@link #call} without waiting: the stage fails with a {@link GatewayException}. */
  static <T> CompletionStage<T> send(
      ProviderAccount account, Supplier<CompletionStage<T>> request) {
    CompletionStage<T> answer;
    try {
      answer = request.get();
    } catch (RuntimeException e) {
      return Completions.failed(translate(account, e));
    }
    return answer.handle(
        (value, failure) -> {
          if (failure == null) {
            return value;
          }
          throw translate(account, Completions.cause(failure));
        });
  }

  /** Maps anything thrown while calling the provider; domain exceptions pass through unchanged. */
  static GatewayException translate(ProviderAccount account, Throwable failure) {
    if (failure instanceof GatewayException known) {
      return known;
    }
    // Checked first: the JSON reader reports a non-JSON 2xx body as a WebApplicationException.
    if (causedBy(failure, JacksonException.class)) {
      return ProviderException.error(
          account, null, "API WhatsApp Web answered with a body that is not its JSON", failure);
    }
    if (failure instanceof WebApplicationException web && web.getResponse() != null) {
      return fromStatus(account, web.getResponse());
    }
    if (isTimeout(failure)) {
      return ProviderException.timeout(account, failure);
    }
    if (causedBy(failure, ConnectException.class)
        || causedBy(failure, UnknownHostException.class)
        || causedBy(failure, NoRouteToHostException.class)) {
      return ProviderException.unavailable(account, failure);
    }
    return ProviderException.error(
        account,
        null,
        "API WhatsApp Web broke off the exchange (connection reset or closed)",
        failure);
  }

  private static GatewayException fromStatus(ProviderAccount account, Response response) {
    int status = response.getStatus();
    return switch (status) {
      case 400 ->
          ProviderException.authFailed(
              account, status, "API WhatsApp Web does not know this tenant's instance id");
      case 401 ->
          ProviderException.authFailed(
              account, status, "API WhatsApp Web refused this tenant's API key");
      case 404 ->
          ProviderException.notFound(
              account, status, "API WhatsApp Web does not know the resource asked for");
      case 413 -> ProviderException.payloadTooLarge(account, status);
      case 429 ->
          ProviderException.rateLimited(
              account,
              RetryAfter.parse(response.getHeaderString(HttpHeaders.RETRY_AFTER), Instant.now()));
      default ->
          status >= 400 && status < 500
              ? ProviderException.rejected(
                  account, status, "API WhatsApp Web refused the request (HTTP " + status + ")")
              : ProviderException.error(
                  account, status, "API WhatsApp Web failed (HTTP " + status + ")", null);
    };
  }

  private static boolean isTimeout(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      // Vert.x and Netty signal timeouts with their own classes, all named after it.
      if (t instanceof TimeoutException
          || t instanceof SocketTimeoutException
          || t.getClass().getSimpleName().contains("Timeout")) {
        return true;
      }
    }
    return false;
  }

  private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
