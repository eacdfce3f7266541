package com.wagateway.adapter.whapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.presence.ContactPresence;
import com.wagateway.domain.presence.OwnPresence;
import java.time.Instant;

/**
 * Whapi's presence bodies ({@code SendMePresenceRequest}, {@code Presence}) and their mapping to
 * the domain.
 */
final class WhapiPresenceMapper {
  private WhapiPresenceMapper() {}

  /** {@code SendMePresenceRequest}. */
  record MePresence(String presence) {
    static MePresence of(OwnPresence presence) {
      return new MePresence(presence.key());
    }
  }

  /** {@code Presence}: {@code contact_id} is required; {@code last_seen} is in seconds. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record PresenceBody(
      @JsonProperty("contact_id") String contactId,
      @JsonProperty("last_seen") Double lastSeen,
      String status) {}

  /**
   * The chat asked about names the answer; Whapi's {@code contact_id} is only checked to be there.
   */
  static ContactPresence presence(ProviderAccount account, String chatId, PresenceBody body) {
    if (body.contactId() == null) {
      throw WhapiJson.notAsDocumented(account, "contact_id");
    }
    Instant lastSeen =
        body.lastSeen() == null || body.lastSeen() <= 0
            ? null
            : Instant.ofEpochSecond(body.lastSeen().longValue());
    return new ContactPresence(chatId, body.status(), lastSeen);
  }
}
