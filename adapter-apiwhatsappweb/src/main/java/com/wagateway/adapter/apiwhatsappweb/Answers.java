package com.wagateway.adapter.apiwhatsappweb;

import com.wagateway.domain.error.ProviderException;
import com.wagateway.domain.model.ProviderAccount;

/**
 * Checks a 2xx answer by which key it carries, never by its localised text: {@code error} means
 * refused, a missing field means a body the provider does not document.
 */
final class Answers {
  private static final int MAX_DETAIL = 200;

  private Answers() {}

  /** The parsed body; an empty one is not what the provider documents. */
  static <T> T body(ProviderAccount account, T answer) {
    if (answer == null) {
      throw ProviderException.error(account, 200, "API WhatsApp Web answered with no body", null);
    }
    return answer;
  }

  /** The {@code success} text of a config answer. */
  static String success(ProviderAccount account, String success, String error) {
    refuseError(account, error);
    return required(account, success, "success");
  }

  /** Fails as {@code PROVIDER_REJECTED} when the provider put an {@code error} in a 2xx. */
  static void refuseError(ProviderAccount account, String error) {
    if (error != null) {
      throw ProviderException.rejected(
          account, 200, "API WhatsApp Web refused the request: " + clean(account, error));
    }
  }

  /** A field the documented answer always has; without it the body is not understood. */
  static String required(ProviderAccount account, String value, String field) {
    if (value == null || value.isBlank()) {
      throw ProviderException.error(
          account, 200, "API WhatsApp Web answered without '" + field + "'", null);
    }
    return value;
  }

  /** The provider's own words, short, and never echoing the tenant's key. */
  private static String clean(ProviderAccount account, String text) {
    String key = Caller.of(account).apiKey();
    String safe = text.replace(key, "******");
    return safe.length() <= MAX_DETAIL ? safe : safe.substring(0, MAX_DETAIL) + "...";
  }
}
