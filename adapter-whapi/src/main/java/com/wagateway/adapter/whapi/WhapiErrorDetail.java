package com.wagateway.adapter.whapi;

import com.wagateway.adapter.whapi.WhapiResponses.ResponseError;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderCredentials;

/** Builds the human-readable detail of a failed Whapi call: status and Whapi's own words. */
final class WhapiErrorDetail {
  static final int MAX_PROVIDER_TEXT = 200;

  private WhapiErrorDetail() {}

  static String of(ProviderAccount account, int status, String body) {
    String prefix = "Whapi answered HTTP " + status;
    String said = providerMessage(body);
    return said == null ? prefix : prefix + ": " + redact(account, said);
  }

  /**
   * Whapi's {@code error.message}, shortened; {@code null} when the body is not a ResponseError.
   */
  static String providerMessage(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      ResponseError parsed = WhapiJson.MAPPER.readValue(body, ResponseError.class);
      String message = parsed == null || parsed.error() == null ? null : parsed.error().message();
      if (message == null || message.isBlank()) {
        return null;
      }
      String oneLine = message.strip().replaceAll("\\s+", " ");
      return oneLine.length() <= MAX_PROVIDER_TEXT
          ? oneLine
          : oneLine.substring(0, MAX_PROVIDER_TEXT) + "...";
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }

  // Whapi could echo what it was sent; the token must never reach a log or a problem response.
  private static String redact(ProviderAccount account, String text) {
    if (account.credentials() instanceof ProviderCredentials.Whapi whapi) {
      return text.replace(whapi.token().reveal(), "******");
    }
    return text;
  }
}
