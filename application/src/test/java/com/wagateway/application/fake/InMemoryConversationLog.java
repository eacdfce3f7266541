package com.wagateway.application.fake;

import com.wagateway.application.conversation.ChatSummary;
import com.wagateway.application.conversation.ConversationItem;
import com.wagateway.application.conversation.ConversationQuery;
import com.wagateway.application.paging.Page;
import com.wagateway.application.port.ConversationLog;
import com.wagateway.domain.event.InboundEvent.MessageActed;
import com.wagateway.domain.event.InboundEvent.MessageReceived;
import com.wagateway.domain.model.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Records what the use cases put in the conversation log (a received message is found by its
 * provider id, standing in for the gateway's); listings are the database's job.
 */
public class InMemoryConversationLog implements ConversationLog {
  public final List<MessageReceived> received = new ArrayList<>();
  public final List<MessageActed> actions = new ArrayList<>();

  /** Ids marked read, and {@code chat:<id>} for chats marked read. */
  public final List<String> read = new ArrayList<>();

  @Override
  public void recordReceived(TenantId tenant, MessageReceived message, Instant receivedAt) {
    received.add(message);
  }

  @Override
  public void applyAction(TenantId tenant, MessageActed acted) {
    actions.add(acted);
  }

  @Override
  public Optional<ConversationItem.Received> findReceived(TenantId tenant, String id) {
    return received.stream()
        .filter(m -> m.message().providerMessageId().equals(id))
        .findFirst()
        .map(
            m ->
                new ConversationItem.Received(
                    id,
                    m.provider(),
                    m.message().providerMessageId(),
                    m.message().chat().id(),
                    m.message().sender().id(),
                    m.message().sender().name(),
                    m.message().fromMe(),
                    m.message().type().key(),
                    m.message().content().text(),
                    null,
                    false,
                    false,
                    m.occurredAt()));
  }

  @Override
  public void markRead(TenantId tenant, String id, Instant at) {
    read.add(id);
  }

  @Override
  public void markChatRead(TenantId tenant, String chatId, Instant at) {
    read.add("chat:" + chatId);
  }

  @Override
  public Page<ConversationItem> messages(
      TenantId tenant, ConversationQuery query, String cursor, int limit) {
    return new Page<>(List.of(), null);
  }

  @Override
  public Page<ChatSummary> chats(TenantId tenant, String cursor, int limit) {
    return new Page<>(List.of(), null);
  }
}
