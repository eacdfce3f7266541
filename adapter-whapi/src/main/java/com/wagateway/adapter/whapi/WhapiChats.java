package com.wagateway.adapter.whapi;

import com.wagateway.adapter.whapi.WhapiChatMapper.Archive;
import com.wagateway.adapter.whapi.WhapiChatMapper.ChatBody;
import com.wagateway.adapter.whapi.WhapiChatMapper.ChatList;
import com.wagateway.adapter.whapi.WhapiChatMapper.Settings;
import com.wagateway.adapter.whapi.WhapiResponses.Success;
import com.wagateway.domain.chat.DisappearingTimer;
import com.wagateway.domain.chat.ProviderChat;
import com.wagateway.domain.group.Slice;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.Chats;
import com.wagateway.domain.port.Operation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Chats through Whapi's {@code /chats} endpoints. Archiving has its own request ({@code POST});
 * pin, mute, the unread mark and disappearing messages are all {@code PATCH /chats/{ChatID}}, one
 * field per request.
 */
@ApplicationScoped
public class WhapiChats implements Chats {
  private final WhapiApi api;

  @Inject
  WhapiChats(WhapiApi api) {
    this.api = api;
  }

  @Override
  public ProviderId provider() {
    return ProviderId.WHAPI;
  }

  @Override
  public Set<Operation> supportedOperations() {
    return EnumSet.range(Operation.CHATS_LIST, Operation.CHATS_DELETE);
  }

  @Override
  @Reaches("GET /chats")
  public Slice<ProviderChat> list(ProviderAccount account, int offset, int count) {
    return WhapiChatMapper.chats(
        api.call(
            account, WhapiChatsClient.class, ChatList.class, (c, a) -> c.list(a, count, offset)));
  }

  @Override
  @Reaches("GET /chats/{ChatID}")
  public ProviderChat get(ProviderAccount account, String chatId) {
    return WhapiChatMapper.chat(
        account,
        api.call(account, WhapiChatsClient.class, ChatBody.class, (c, a) -> c.get(a, chatId)));
  }

  @Override
  @Reaches("POST /chats/{ChatID}")
  public void archive(ProviderAccount account, String chatId, boolean archived) {
    succeed(account, (c, a) -> c.archive(a, chatId, new Archive(archived)));
  }

  @Override
  @Reaches("PATCH /chats/{ChatID}")
  public void pin(ProviderAccount account, String chatId, boolean pinned) {
    patch(account, chatId, Settings.pin(pinned));
  }

  @Override
  @Reaches("PATCH /chats/{ChatID}")
  public void mute(ProviderAccount account, String chatId, Instant until) {
    patch(account, chatId, Settings.muteUntil(until.toEpochMilli()));
  }

  @Override
  @Reaches("PATCH /chats/{ChatID}")
  public void unmute(ProviderAccount account, String chatId) {
    patch(account, chatId, Settings.muteUntil(0));
  }

  @Override
  @Reaches("PATCH /chats/{ChatID}")
  public void markUnread(ProviderAccount account, String chatId) {
    patch(account, chatId, Settings.unread());
  }

  @Override
  @Reaches("PATCH /chats/{ChatID}")
  public void setDisappearing(ProviderAccount account, String chatId, DisappearingTimer timer) {
    patch(account, chatId, Settings.ephemeral(timer));
  }

  @Override
  @Reaches("DELETE /chats/{ChatID}")
  public void delete(ProviderAccount account, String chatId) {
    succeed(account, (c, a) -> c.delete(a, chatId));
  }

  private void patch(ProviderAccount account, String chatId, Settings settings) {
    succeed(account, (c, a) -> c.patch(a, chatId, settings));
  }

  private void succeed(
      ProviderAccount account, BiFunction<WhapiChatsClient, String, Response> request) {
    WhapiJson.requireSuccess(
        account, api.call(account, WhapiChatsClient.class, Success.class, request));
  }
}
