package com.wagateway.application.conversation;

import com.wagateway.application.port.ConversationLog;
import com.wagateway.application.port.MessageLog;
import com.wagateway.application.tenant.ProviderRouter;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.conversation.NumberCheck;
import com.wagateway.domain.conversation.Presence;
import com.wagateway.domain.error.InstanceStateConflictException;
import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.error.ResourceNotFoundException;
import com.wagateway.domain.message.Recipient;
import com.wagateway.domain.model.Require;
import com.wagateway.domain.model.Tenant;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Operation;
import java.time.Clock;
import java.util.List;

/**
 * Use cases that act on a conversation through the tenant's provider: mark a received message or a
 * whole chat read, show typing or recording, delete a sent message for everyone, check which
 * numbers have WhatsApp. The provider is called first; the gateway's own record (what is read)
 * changes only once the provider said yes.
 */
public final class ActOnConversations {
  public static final int MAX_NUMBERS = 50;
  public static final int MAX_PRESENCE_SECONDS = 60;

  private final TenantResolver tenants;
  private final ProviderRouter router;
  private final ConversationLog conversations;
  private final MessageLog messages;
  private final Clock clock;

  public ActOnConversations(
      TenantResolver tenants,
      ProviderRouter router,
      ConversationLog conversations,
      MessageLog messages,
      Clock clock) {
    this.tenants = tenants;
    this.router = router;
    this.conversations = conversations;
    this.messages = messages;
    this.clock = clock;
  }

  /** {@code messageId} is the gateway's id of a received message, as listings give it. */
  public void markRead(TenantId tenantId, String messageId) {
    Tenant tenant = tenants.require(tenantId);
    ConversationItem.Received received =
        conversations
            .findReceived(tenantId, messageId)
            .orElseThrow(
                () ->
                    new ResourceNotFoundException(
                        tenantId, "Received message '" + messageId + "'"));
    router
        .conversations(tenant.account(), Operation.MESSAGE_READ)
        .markRead(tenant.account(), received.providerMessageId());
    conversations.markRead(tenantId, messageId, clock.instant());
  }

  public void markChatRead(TenantId tenantId, String chatId) {
    Tenant tenant = tenants.require(tenantId);
    router
        .conversations(tenant.account(), Operation.CHAT_READ)
        .markChatRead(tenant.account(), chatId);
    conversations.markChatRead(tenantId, chatId, clock.instant());
  }

  public void sendPresence(TenantId tenantId, String chatId, Presence presence, int seconds) {
    Require.present(presence, "presence");
    if (seconds < 0 || seconds > MAX_PRESENCE_SECONDS) {
      throw new InvalidValueException("seconds", "must be between 0 and " + MAX_PRESENCE_SECONDS);
    }
    Tenant tenant = tenants.require(tenantId);
    router
        .conversations(tenant.account(), Operation.CHAT_PRESENCE)
        .sendPresence(tenant.account(), chatId, presence, seconds);
  }

  /** {@code messageId} is the gateway's id of a message it sent. */
  public void deleteSent(TenantId tenantId, String messageId) {
    Tenant tenant = tenants.require(tenantId);
    String providerMessageId =
        messages
            .find(tenantId, messageId)
            .orElseThrow(
                () -> new ResourceNotFoundException(tenantId, "Message '" + messageId + "'"))
            .providerMessageId();
    if (providerMessageId == null) {
      throw new InstanceStateConflictException(
          tenant.account(),
          "Message '" + messageId + "' never reached the provider: there is nothing to delete");
    }
    router
        .conversations(tenant.account(), Operation.MESSAGE_DELETE)
        .deleteMessage(tenant.account(), providerMessageId);
  }

  /** Numbers in any form a send accepts; at most {@value #MAX_NUMBERS} at once. */
  public List<NumberCheck> checkNumbers(TenantId tenantId, List<String> phones) {
    Require.size(phones, "phones", 1, MAX_NUMBERS);
    List<String> digits = phones.stream().map(ActOnConversations::phoneDigits).toList();
    Tenant tenant = tenants.require(tenantId);
    return router
        .conversations(tenant.account(), Operation.CONTACTS_CHECK)
        .checkNumbers(tenant.account(), digits);
  }

  private static String phoneDigits(String phone) {
    try {
      if (Recipient.parse(phone) instanceof Recipient.PhoneNumber number) {
        return number.digits();
      }
    } catch (InvalidValueException notAPhone) {
      // Reported below, naming the field the caller sent.
    }
    throw new InvalidValueException(
        "phones", "'" + phone + "' is not an international phone number of 8 to 15 digits");
  }
}
