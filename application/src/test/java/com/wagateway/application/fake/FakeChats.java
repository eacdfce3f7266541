package com.wagateway.application.fake;

import com.wagateway.domain.chat.DisappearingTimer;
import com.wagateway.domain.chat.ProviderChat;
import com.wagateway.domain.error.ResourceNotFoundException;
import com.wagateway.domain.group.Slice;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.Chats;
import com.wagateway.domain.port.Operation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Chats in memory, by id; every call is counted and the last change remembered. */
public final class FakeChats extends FakePort implements Chats {
  private final Map<String, ProviderChat> chats = new LinkedHashMap<>();
  private final List<String> changes = new ArrayList<>();

  public FakeChats(ProviderId provider, Set<Operation> supported) {
    super(provider, supported);
  }

  /** Each change asked, as "what chatId value". */
  public List<String> changes() {
    return List.copyOf(changes);
  }

  public void add(String chatId) {
    chats.put(
        chatId,
        new ProviderChat(chatId, null, "contact", null, false, false, false, null, 0, false));
  }

  @Override
  public Slice<ProviderChat> list(ProviderAccount account, int offset, int count) {
    called();
    List<ProviderChat> all = List.copyOf(chats.values());
    return new Slice<>(
        all.subList(Math.min(offset, all.size()), Math.min(offset + count, all.size())),
        all.size());
  }

  @Override
  public ProviderChat get(ProviderAccount account, String chatId) {
    called();
    ProviderChat chat = chats.get(chatId);
    if (chat == null) {
      throw new ResourceNotFoundException(account.tenantId(), "Chat '" + chatId + "'");
    }
    return chat;
  }

  @Override
  public void archive(ProviderAccount account, String chatId, boolean archived) {
    change("archive", chatId, archived);
  }

  @Override
  public void pin(ProviderAccount account, String chatId, boolean pinned) {
    change("pin", chatId, pinned);
  }

  @Override
  public void mute(ProviderAccount account, String chatId, Instant until) {
    change("mute", chatId, until);
  }

  @Override
  public void unmute(ProviderAccount account, String chatId) {
    change("unmute", chatId, "");
  }

  @Override
  public void markUnread(ProviderAccount account, String chatId) {
    change("unread", chatId, "");
  }

  @Override
  public void setDisappearing(ProviderAccount account, String chatId, DisappearingTimer timer) {
    change("disappearing", chatId, timer.key());
  }

  @Override
  public void delete(ProviderAccount account, String chatId) {
    change("delete", chatId, "");
  }

  private void change(String what, String chatId, Object value) {
    called();
    changes.add((what + " " + chatId + " " + value).trim());
  }
}
