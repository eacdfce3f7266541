package com.wagateway.application.port;

import com.wagateway.application.conversation.ChatSummary;
import com.wagateway.application.conversation.ConversationItem;
import com.wagateway.application.conversation.ConversationQuery;
import com.wagateway.application.paging.Page;
import com.wagateway.domain.event.InboundEvent.MessageActed;
import com.wagateway.domain.event.InboundEvent.MessageReceived;
import com.wagateway.domain.model.TenantId;
import java.time.Instant;
import java.util.Optional;

/**
 * Received messages kept beside the sent ones, so a tenant's conversations can be read back
 * whatever the provider (API WhatsApp Web has no history API of its own).
 */
public interface ConversationLog {

  /**
   * Keeps a received message under a new id of the gateway's (once: the event store already dropped
   * redeliveries).
   */
  void recordReceived(TenantId tenant, MessageReceived received, Instant receivedAt);

  /** An edit changes a received message's text; a deletion marks it deleted. Others: nothing. */
  void applyAction(TenantId tenant, MessageActed acted);

  /** The tenant's received message with this gateway id. */
  Optional<ConversationItem.Received> findReceived(TenantId tenant, String id);

  /** Marks one received message read, as of {@code at}; an unknown id changes nothing. */
  void markRead(TenantId tenant, String id, Instant at);

  /** Marks every received message of the chat read, as of {@code at}. */
  void markChatRead(TenantId tenant, String chatId, Instant at);

  /** Both directions, newest first, after {@code cursor} (null: from the start). */
  Page<ConversationItem> messages(
      TenantId tenant, ConversationQuery query, String cursor, int limit);

  /** The tenant's chats, the most recently active first. */
  Page<ChatSummary> chats(TenantId tenant, String cursor, int limit);
}
