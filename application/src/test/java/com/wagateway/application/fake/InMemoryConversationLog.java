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

/** Records what the use cases put in the conversation log; listings are the database's job. */
public class InMemoryConversationLog implements ConversationLog {
  public final List<MessageReceived> received = new ArrayList<>();
  public final List<MessageActed> actions = new ArrayList<>();

  @Override
  public void recordReceived(TenantId tenant, MessageReceived message, Instant receivedAt) {
    received.add(message);
  }

  @Override
  public void applyAction(TenantId tenant, MessageActed acted) {
    actions.add(acted);
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
