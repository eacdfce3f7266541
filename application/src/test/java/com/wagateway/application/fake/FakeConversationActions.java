package com.wagateway.application.fake;

import com.wagateway.domain.conversation.NumberCheck;
import com.wagateway.domain.conversation.Presence;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.ConversationActions;
import com.wagateway.domain.port.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A conversation port that records every call; every number it is asked about has WhatsApp. */
public final class FakeConversationActions implements ConversationActions {
  private final ProviderId provider;
  private final Set<Operation> supported;
  private final List<String> calls = new ArrayList<>();

  public FakeConversationActions(ProviderId provider, Set<Operation> supported) {
    this.provider = provider;
    this.supported = Set.copyOf(supported);
  }

  /** Each call as {@code method:argument}, in order. */
  public List<String> calls() {
    return List.copyOf(calls);
  }

  @Override
  public ProviderId provider() {
    return provider;
  }

  @Override
  public Set<Operation> supportedOperations() {
    return supported;
  }

  @Override
  public void markRead(ProviderAccount account, String providerMessageId) {
    calls.add("markRead:" + providerMessageId);
  }

  @Override
  public void markChatRead(ProviderAccount account, String chatId) {
    calls.add("markChatRead:" + chatId);
  }

  @Override
  public void sendPresence(ProviderAccount account, String chatId, Presence presence, int seconds) {
    calls.add("presence:" + chatId + ":" + presence + ":" + seconds);
  }

  @Override
  public void deleteMessage(ProviderAccount account, String providerMessageId) {
    calls.add("delete:" + providerMessageId);
  }

  @Override
  public List<NumberCheck> checkNumbers(ProviderAccount account, List<String> phoneDigits) {
    calls.add("check:" + phoneDigits);
    return phoneDigits.stream().map(d -> new NumberCheck(d, true, d + "@s.whatsapp.net")).toList();
  }
}
