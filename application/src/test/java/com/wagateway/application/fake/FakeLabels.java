package com.wagateway.application.fake;

import com.wagateway.domain.error.ResourceNotFoundException;
import com.wagateway.domain.label.Label;
import com.wagateway.domain.label.LabelId;
import com.wagateway.domain.label.Labelled;
import com.wagateway.domain.label.NewLabel;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.Labels;
import com.wagateway.domain.port.Operation;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Labels in memory: chats and messages carry them by id; every call is counted. */
public final class FakeLabels extends FakePort implements Labels {
  private final Map<LabelId, NewLabel> labels = new LinkedHashMap<>();
  private final Map<LabelId, Set<String>> chats = new LinkedHashMap<>();
  private final Map<LabelId, Set<String>> messages = new LinkedHashMap<>();

  public FakeLabels(ProviderId provider, Set<Operation> supported) {
    super(provider, supported);
  }

  @Override
  public List<Label> list(ProviderAccount account) {
    called();
    return labels.values().stream()
        .map(
            l ->
                new Label(
                    l.id(),
                    l.name(),
                    l.color().key(),
                    chats.get(l.id()).size() + messages.get(l.id()).size()))
        .toList();
  }

  @Override
  public void create(ProviderAccount account, NewLabel label) {
    called();
    labels.put(label.id(), label);
    chats.put(label.id(), new LinkedHashSet<>());
    messages.put(label.id(), new LinkedHashSet<>());
  }

  @Override
  public Labelled labelled(ProviderAccount account, LabelId label) {
    called();
    return new Labelled(
        carriers(account, chats, label).stream()
            .map(id -> new Labelled.Chat(id, null, "contact"))
            .toList(),
        carriers(account, messages, label).stream()
            .map(id -> new Labelled.Message(id, null, "text", false, null))
            .toList());
  }

  @Override
  public void labelChat(ProviderAccount account, LabelId label, String chatId) {
    called();
    carriers(account, chats, label).add(chatId);
  }

  @Override
  public void unlabelChat(ProviderAccount account, LabelId label, String chatId) {
    called();
    carriers(account, chats, label).remove(chatId);
  }

  @Override
  public void labelMessage(ProviderAccount account, LabelId label, String providerMessageId) {
    called();
    carriers(account, messages, label).add(providerMessageId);
  }

  @Override
  public void unlabelMessage(ProviderAccount account, LabelId label, String providerMessageId) {
    called();
    carriers(account, messages, label).remove(providerMessageId);
  }

  private static Set<String> carriers(
      ProviderAccount account, Map<LabelId, Set<String>> byLabel, LabelId label) {
    Set<String> ids = byLabel.get(label);
    if (ids == null) {
      throw new ResourceNotFoundException(account.tenantId(), "Label '" + label + "'");
    }
    return ids;
  }
}
