package com.wagateway.bootstrap.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wagateway.domain.model.ProviderCredentials;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.Secret;
import java.util.LinkedHashMap;
import java.util.Map;

/** Provider credentials as the small JSON document that gets encrypted. */
final class CredentialsJson {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {};

  private CredentialsJson() {}

  static String write(ProviderCredentials credentials) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("provider", credentials.provider().key());
    if (credentials instanceof ProviderCredentials.Whapi whapi) {
      fields.put("token", whapi.token().reveal());
    } else if (credentials instanceof ProviderCredentials.ApiWhatsAppWeb awww) {
      fields.put("apiKey", awww.apiKey().reveal());
      fields.put("instanceId", awww.instanceId());
    }
    try {
      return JSON.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialize credentials", e);
    }
  }

  static ProviderCredentials read(String json) {
    Map<String, String> fields;
    try {
      fields = JSON.readValue(json, FIELDS);
    } catch (JsonProcessingException e) {
      // the cause's message could quote the document, which holds secrets: drop it
      throw new IllegalStateException("Stored credentials are not a valid credentials document");
    }
    return switch (ProviderId.fromKey(fields.get("provider"))) {
      case WHAPI -> new ProviderCredentials.Whapi(Secret.of(fields.get("token")));
      case APIWHATSAPPWEB ->
          new ProviderCredentials.ApiWhatsAppWeb(
              Secret.of(fields.get("apiKey")), fields.get("instanceId"));
    };
  }
}
