package com.wagateway.application.fake;

import com.wagateway.domain.error.ResourceNotFoundException;
import com.wagateway.domain.group.Slice;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.message.SentMessage;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.port.ProviderMessages;
import com.wagateway.domain.providermessage.HistoryFilter;
import com.wagateway.domain.providermessage.PinDuration;
import com.wagateway.domain.providermessage.ProviderMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A message history in memory, by id; every call is counted and each action remembered. */
public final class FakeProviderMessages extends FakePort implements ProviderMessages {
  private final Map<String, ProviderMessage> messages = new LinkedHashMap<>();
  private final List<String> actions = new ArrayList<>();

  public FakeProviderMessages(ProviderId provider, Set<Operation> supported) {
    super(provider, supported);
  }

  /** Each action asked, as "what messageId value". */
  public List<String> actions() {
    return List.copyOf(actions);
  }

  public void add(String messageId, String chatId) {
    messages.put(
        messageId,
        new ProviderMessage(messageId, chatId, null, false, null, "text", "hi", "delivered"));
  }

  @Override
  public Slice<ProviderMessage> list(
      ProviderAccount account, HistoryFilter filter, int offset, int count) {
    called();
    List<ProviderMessage> all =
        messages.values().stream()
            .filter(m -> filter.chatId() == null || filter.chatId().equals(m.chatId()))
            .toList();
    return new Slice<>(
        all.subList(Math.min(offset, all.size()), Math.min(offset + count, all.size())),
        all.size());
  }

  @Override
  public ProviderMessage get(ProviderAccount account, String messageId) {
    called();
    ProviderMessage message = messages.get(messageId);
    if (message == null) {
      throw new ResourceNotFoundException(account.tenantId(), "Message '" + messageId + "'");
    }
    return message;
  }

  @Override
  public SentMessage forward(ProviderAccount account, String messageId, String to) {
    act("forward", messageId, to);
    return new SentMessage("forwarded-" + messageId, DeliveryStatus.SENT);
  }

  @Override
  public void star(ProviderAccount account, String messageId, boolean starred) {
    act("star", messageId, starred);
  }

  @Override
  public void pin(ProviderAccount account, String messageId, PinDuration duration) {
    act("pin", messageId, duration.key());
  }

  @Override
  public void unpin(ProviderAccount account, String messageId) {
    act("unpin", messageId, "");
  }

  @Override
  public void removeReaction(ProviderAccount account, String messageId) {
    act("unreact", messageId, "");
  }

  private void act(String what, String messageId, Object value) {
    called();
    actions.add((what + " " + messageId + " " + value).trim());
  }
}
