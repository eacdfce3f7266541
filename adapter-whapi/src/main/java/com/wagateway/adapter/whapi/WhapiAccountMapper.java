package com.wagateway.adapter.whapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.wagateway.domain.account.AccountInfo;
import com.wagateway.domain.account.PairingCode;
import com.wagateway.domain.model.ProviderAccount;
import java.util.Map;

/**
 * Whapi's account bodies ({@code AuthCode}, {@code ChangeStatusRequest}, the free-form account
 * information) and their mapping to the domain.
 */
final class WhapiAccountMapper {
  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

  private WhapiAccountMapper() {}

  /** {@code ChangeStatusRequest}. */
  record ChangeStatus(String status) {}

  /** {@code AuthCode}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record AuthCode(String code) {}

  static PairingCode pairingCode(ProviderAccount account, AuthCode answer) {
    if (answer.code() == null || answer.code().isBlank()) {
      throw WhapiJson.notAsDocumented(account, "code");
    }
    return new PairingCode(answer.code());
  }

  /** The supplement documents only "a JSON object": anything else is not as documented. */
  static AccountInfo info(ProviderAccount account, JsonNode answer) {
    if (!answer.isObject()) {
      throw WhapiJson.notAsDocumented(account, "account information object");
    }
    return new AccountInfo(WhapiJson.MAPPER.convertValue(answer, OBJECT));
  }
}
