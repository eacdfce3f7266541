package com.wagateway.application.fake;

import com.wagateway.domain.error.ResourceNotFoundException;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.port.Presences;
import com.wagateway.domain.presence.ContactPresence;
import com.wagateway.domain.presence.OwnPresence;
import java.util.LinkedHashSet;
import java.util.Set;

/** Presence in memory: the own state, and subscribed chats showing online; every call counted. */
public final class FakePresences extends FakePort implements Presences {
  private final Set<String> subscribed = new LinkedHashSet<>();
  private OwnPresence own = OwnPresence.OFFLINE;

  public FakePresences(ProviderId provider, Set<Operation> supported) {
    super(provider, supported);
  }

  @Override
  public void setOwn(ProviderAccount account, OwnPresence presence) {
    called();
    own = presence;
  }

  @Override
  public ContactPresence get(ProviderAccount account, String chatId) {
    called();
    if (!subscribed.contains(chatId)) {
      throw new ResourceNotFoundException(account.tenantId(), "Presence of '" + chatId + "'");
    }
    return new ContactPresence(chatId, "online", null);
  }

  @Override
  public void subscribe(ProviderAccount account, String chatId) {
    called();
    subscribed.add(chatId);
  }

  public OwnPresence own() {
    return own;
  }
}
