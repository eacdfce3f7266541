package com.wagateway.adapter.apiwhatsappweb;

import com.wagateway.domain.conversation.NumberCheck;
import com.wagateway.domain.conversation.Presence;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.port.ConversationActions;
import com.wagateway.domain.port.Operation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * API WhatsApp Web documents none of these: no read receipts beyond its automatic-read setting, no
 * presence, no deletion, no number check. Every operation is declared unsupported, so the core
 * answers 501 before calling; the methods say so too should anything call them anyway.
 */
@ApplicationScoped
public class ApiWhatsAppWebConversationActions extends NoEndpoints implements ConversationActions {

  ApiWhatsAppWebConversationActions() {
    super(
        "API WhatsApp Web documents no read receipt, presence, deletion or number check endpoint");
  }

  @Override
  public void markRead(ProviderAccount account, String providerMessageId) {
    throw unsupported(account, Operation.MESSAGE_READ);
  }

  @Override
  public void markChatRead(ProviderAccount account, String chatId) {
    throw unsupported(account, Operation.CHAT_READ);
  }

  @Override
  public void sendPresence(ProviderAccount account, String chatId, Presence presence, int seconds) {
    throw unsupported(account, Operation.CHAT_PRESENCE);
  }

  @Override
  public void deleteMessage(ProviderAccount account, String providerMessageId) {
    throw unsupported(account, Operation.MESSAGE_DELETE);
  }

  @Override
  public List<NumberCheck> checkNumbers(ProviderAccount account, List<String> phoneDigits) {
    throw unsupported(account, Operation.CONTACTS_CHECK);
  }
}
