package com.wagateway.adapter.whapi;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wagateway.domain.error.ProviderException;
import com.wagateway.domain.model.ProviderAccount;
import java.io.IOException;

/** Parses Whapi's answers; anything that is not the documented JSON becomes a PROVIDER_ERROR. */
final class WhapiJson {
  // Private to the adapter so that application-wide Jackson settings cannot change the parsing.
  static final ObjectMapper MAPPER =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private WhapiJson() {}

  static <T> T parse(ProviderAccount account, int status, String body, Class<T> type) {
    if (body == null || body.isBlank()) {
      throw undocumented(account, status, "an empty body", null);
    }
    try {
      T value = MAPPER.readValue(body, type);
      if (value == null) {
        throw undocumented(account, status, "a null body", null);
      }
      return value;
    } catch (IOException e) {
      throw undocumented(account, status, "a body that is not the documented JSON", e);
    }
  }

  static ProviderException undocumented(
      ProviderAccount account, int status, String what, Throwable cause) {
    return ProviderException.error(
        account, status, "Whapi answered HTTP " + status + " with " + what, cause);
  }

  /** A 2xx JSON answer that lacks what the spec promises ({@code what}). */
  static ProviderException notAsDocumented(ProviderAccount account, String what) {
    return ProviderException.error(
        account, null, "Whapi answered without the documented " + what, null);
  }

  /** Checks a {@code ResponseSuccess} answer really says {@code "success": true}. */
  static void requireSuccess(ProviderAccount account, WhapiResponses.Success answer) {
    if (!Boolean.TRUE.equals(answer.success())) {
      throw notAsDocumented(account, "\"success\": true");
    }
  }
}
