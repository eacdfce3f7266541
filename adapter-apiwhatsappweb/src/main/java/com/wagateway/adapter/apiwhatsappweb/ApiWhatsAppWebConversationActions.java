package com.wagateway.adapter.apiwhatsappweb;

import com.wagateway.domain.conversation.NumberCheck;
import com.wagateway.domain.conversation.Presence;
import com.wagateway.domain.error.CapabilityNotSupportedException;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.ConversationActions;
import com.wagateway.domain.port.Operation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * API WhatsApp Web documents none of these: no read receipts beyond its automatic-read setting, no
 * presence, no deletion, no number check. Every operation is declared unsupported, so the core
 * answers 501 before calling; the methods say so too should anything call them anyway.
 */
@ApplicationScoped
public class ApiWhatsAppWebConversationActions implements ConversationActions {

  @Override
  public ProviderId provider() {
    return ProviderId.APIWHATSAPPWEB;
  }

  @Override
  public Set<Operation> supportedOperations() {
    return Set.of();
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

  private static CapabilityNotSupportedException unsupported(
      ProviderAccount account, Operation operation) {
    return new CapabilityNotSupportedException(
        account.tenantId(),
        account.provider(),
        operation,
        "API WhatsApp Web documents no endpoint for " + operation.key());
  }
}
