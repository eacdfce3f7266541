package com.wagateway.adapter.whapi;

import com.wagateway.domain.error.GatewayException;
import com.wagateway.domain.error.InstanceStateConflictException;
import com.wagateway.domain.error.ProviderException;
import com.wagateway.domain.error.RetryAfter;
import com.wagateway.domain.model.ProviderAccount;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

/** The one place where Whapi's HTTP statuses and I/O failures become domain exceptions. */
final class WhapiErrors {
  private WhapiErrors() {}

  /** Maps a non-2xx answer; {@code body} and {@code retryAfter} may be {@code null}. */
  static GatewayException forStatus(
      ProviderAccount account, int status, String body, String retryAfter) {
    String detail = WhapiErrorDetail.of(account, status, body);
    return switch (status) {
      case 401, 402 -> ProviderException.authFailed(account, status, detail);
      case 404 -> ProviderException.notFound(account, status, detail);
      case 409 -> new InstanceStateConflictException(account, detail);
      case 413 -> ProviderException.payloadTooLarge(account, status);
      case 429 ->
          ProviderException.rateLimited(
              account, RetryAfter.parse(retryAfter, java.time.Instant.now()));
      default ->
          status >= 400 && status < 500
              ? ProviderException.rejected(account, status, detail)
              : ProviderException.error(account, status, detail, null);
    };
  }

  /** Maps anything thrown while calling Whapi; domain exceptions pass through unchanged. */
  static GatewayException translate(ProviderAccount account, Throwable failure) {
    if (failure instanceof GatewayException known) {
      return known;
    }
    if (failure instanceof WebApplicationException web && web.getResponse() != null) {
      return fromResponse(account, web.getResponse());
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      // A connect timeout is a ConnectException too: nothing answered, so it is "unavailable".
      if (cause instanceof ConnectException
          || cause instanceof UnknownHostException
          || cause instanceof NoRouteToHostException) {
        return ProviderException.unavailable(account, failure);
      }
      if (isTimeout(cause)) {
        return ProviderException.timeout(account, failure);
      }
    }
    return ProviderException.error(
        account, null, "Whapi's answer was cut off or unreadable", failure);
  }

  private static boolean isTimeout(Throwable cause) {
    return cause instanceof TimeoutException || cause instanceof SocketTimeoutException;
  }

  private static GatewayException fromResponse(ProviderAccount account, Response response) {
    String body = response.hasEntity() ? WhapiApi.bodyOf(response) : null;
    return forStatus(
        account, response.getStatus(), body, response.getHeaderString(HttpHeaders.RETRY_AFTER));
  }
}
