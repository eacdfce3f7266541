package com.wagateway.application.conversation;

import com.wagateway.application.paging.Page;
import com.wagateway.application.port.ConversationLog;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.model.TenantId;

/** Use cases: a tenant's messages in both directions, its chats, and one chat's messages. */
public final class ReadConversations {
  public static final int MAX_PAGE = 200;

  private final TenantResolver tenants;
  private final ConversationLog log;

  public ReadConversations(TenantResolver tenants, ConversationLog log) {
    this.tenants = tenants;
    this.log = log;
  }

  public Page<ConversationItem> messages(
      TenantId tenant, ConversationQuery query, String cursor, int limit) {
    tenants.require(tenant);
    Page.requireLimit(limit, MAX_PAGE);
    if (query.since() != null && query.until() != null && !query.since().isBefore(query.until())) {
      throw new InvalidValueException("since", "must be before until");
    }
    return log.messages(tenant, query, cursor, limit);
  }

  public Page<ChatSummary> chats(TenantId tenant, String cursor, int limit) {
    tenants.require(tenant);
    Page.requireLimit(limit, MAX_PAGE);
    return log.chats(tenant, cursor, limit);
  }
}
