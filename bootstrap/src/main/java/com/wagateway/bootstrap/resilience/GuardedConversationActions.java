package com.wagateway.bootstrap.resilience;

import com.wagateway.bootstrap.resilience.ProviderGuards.Repeat;
import com.wagateway.domain.conversation.NumberCheck;
import com.wagateway.domain.conversation.Presence;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.port.ConversationActions;
import com.wagateway.domain.port.Operation;
import java.util.List;

/**
 * A provider's conversation port behind the gateway's fault tolerance. Read receipts, presence and
 * number checks are safe to repeat; a deletion is repeated only when the provider was not reached.
 */
final class GuardedConversationActions extends GuardedPort<ConversationActions>
    implements ConversationActions {

  GuardedConversationActions(ConversationActions delegate, ProviderGuards guards) {
    super(delegate, guards);
  }

  @Override
  public void markRead(ProviderAccount account, String providerMessageId) {
    safe(account, Operation.MESSAGE_READ, () -> delegate.markRead(account, providerMessageId));
  }

  @Override
  public void markChatRead(ProviderAccount account, String chatId) {
    safe(account, Operation.CHAT_READ, () -> delegate.markChatRead(account, chatId));
  }

  @Override
  public void sendPresence(ProviderAccount account, String chatId, Presence presence, int seconds) {
    safe(
        account,
        Operation.CHAT_PRESENCE,
        () -> delegate.sendPresence(account, chatId, presence, seconds));
  }

  @Override
  public void deleteMessage(ProviderAccount account, String providerMessageId) {
    guards.run(
        account,
        Operation.MESSAGE_DELETE.key(),
        Repeat.ONLY_IF_NOT_REACHED,
        () -> delegate.deleteMessage(account, providerMessageId));
  }

  @Override
  public List<NumberCheck> checkNumbers(ProviderAccount account, List<String> phoneDigits) {
    return guards.call(
        account,
        Operation.CONTACTS_CHECK.key(),
        Repeat.SAFE,
        () -> delegate.checkNumbers(account, phoneDigits));
  }

  private void safe(ProviderAccount account, Operation operation, Runnable call) {
    guards.run(account, operation.key(), Repeat.SAFE, call);
  }
}
