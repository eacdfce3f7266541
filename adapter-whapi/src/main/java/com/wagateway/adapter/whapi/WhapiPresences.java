package com.wagateway.adapter.whapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.wagateway.adapter.whapi.WhapiPresenceMapper.MePresence;
import com.wagateway.adapter.whapi.WhapiPresenceMapper.PresenceBody;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.port.Presences;
import com.wagateway.domain.presence.ContactPresence;
import com.wagateway.domain.presence.OwnPresence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;

/**
 * Presence through Whapi's {@code /presences} endpoints. Setting the own presence and subscribing
 * answer a {@code CheckContactResponse} the gateway has no use for: any 2xx JSON answer counts as
 * done.
 */
@ApplicationScoped
public class WhapiPresences implements Presences {
  private final WhapiApi api;

  @Inject
  WhapiPresences(WhapiApi api) {
    this.api = api;
  }

  @Override
  public ProviderId provider() {
    return ProviderId.WHAPI;
  }

  @Override
  public Set<Operation> supportedOperations() {
    return EnumSet.range(Operation.PRESENCE_OWN, Operation.PRESENCE_SUBSCRIBE);
  }

  @Override
  @Reaches("PUT /presences/me")
  public void setOwn(ProviderAccount account, OwnPresence presence) {
    api.call(
        account,
        WhapiPresencesClient.class,
        JsonNode.class,
        (c, a) -> c.setOwn(a, MePresence.of(presence)));
  }

  @Override
  @Reaches("GET /presences/{EntryID}")
  public ContactPresence get(ProviderAccount account, String chatId) {
    return WhapiPresenceMapper.presence(
        account,
        chatId,
        api.call(
            account, WhapiPresencesClient.class, PresenceBody.class, (c, a) -> c.get(a, chatId)));
  }

  @Override
  @Reaches("POST /presences/{EntryID}")
  public void subscribe(ProviderAccount account, String chatId) {
    api.call(account, WhapiPresencesClient.class, JsonNode.class, (c, a) -> c.subscribe(a, chatId));
  }
}
