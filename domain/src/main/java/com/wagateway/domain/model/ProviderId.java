package com.wagateway.domain.model;

import com.wagateway.domain.error.InvalidValueException;
import java.util.Arrays;

/** The WhatsApp providers a tenant can be bound to, with their stable external keys. */
public enum ProviderId {
  WHAPI("whapi"),
  APIWHATSAPPWEB("apiwhatsappweb");

  private final String key;

  ProviderId(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static ProviderId fromKey(String key) {
    return Arrays.stream(values())
        .filter(p -> p.key.equals(key))
        .findFirst()
        .orElseThrow(
            () -> new InvalidValueException("provider", "must be one of whapi, apiwhatsappweb"));
  }
}
