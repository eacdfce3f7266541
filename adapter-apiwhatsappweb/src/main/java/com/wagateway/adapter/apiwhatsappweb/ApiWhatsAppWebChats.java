package com.wagateway.adapter.apiwhatsappweb;

import com.wagateway.domain.chat.DisappearingTimer;
import com.wagateway.domain.chat.ProviderChat;
import com.wagateway.domain.group.Slice;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.port.Chats;
import com.wagateway.domain.port.Operation;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * API WhatsApp Web documents no chat listing or chat settings: it declares none of these
 * operations, so the gateway answers 501 before calling it; a direct call is refused the same way.
 */
@ApplicationScoped
public class ApiWhatsAppWebChats extends NoEndpoints implements Chats {

  ApiWhatsAppWebChats() {
    super("API WhatsApp Web has no chat listing or chat settings");
  }

  @Override
  public Slice<ProviderChat> list(ProviderAccount account, int offset, int count) {
    throw unsupported(account, Operation.CHATS_LIST);
  }

  @Override
  public ProviderChat get(ProviderAccount account, String chatId) {
    throw unsupported(account, Operation.CHATS_GET);
  }

  @Override
  public void archive(ProviderAccount account, String chatId, boolean archived) {
    throw unsupported(account, Operation.CHATS_ARCHIVE);
  }

  @Override
  public void pin(ProviderAccount account, String chatId, boolean pinned) {
    throw unsupported(account, Operation.CHATS_PIN);
  }

  @Override
  public void mute(ProviderAccount account, String chatId, Instant until) {
    throw unsupported(account, Operation.CHATS_MUTE);
  }

  @Override
  public void unmute(ProviderAccount account, String chatId) {
    throw unsupported(account, Operation.CHATS_MUTE);
  }

  @Override
  public void markUnread(ProviderAccount account, String chatId) {
    throw unsupported(account, Operation.CHATS_UNREAD);
  }

  @Override
  public void setDisappearing(ProviderAccount account, String chatId, DisappearingTimer timer) {
    throw unsupported(account, Operation.CHATS_DISAPPEARING);
  }

  @Override
  public void delete(ProviderAccount account, String chatId) {
    throw unsupported(account, Operation.CHATS_DELETE);
  }
}
