package com.wagateway.bootstrap.persistence;

import com.wagateway.application.conversation.ChatSummary;
import com.wagateway.application.conversation.ConversationItem;
import com.wagateway.application.conversation.ConversationQuery;
import com.wagateway.application.messaging.MessageRecord;
import com.wagateway.application.paging.Page;
import com.wagateway.application.port.ConversationLog;
import com.wagateway.domain.event.Chat;
import com.wagateway.domain.event.ChatKind;
import com.wagateway.domain.event.InboundEvent.MessageActed;
import com.wagateway.domain.event.InboundEvent.MessageReceived;
import com.wagateway.domain.event.MessageAction;
import com.wagateway.domain.event.ReceivedMessage;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.model.TimeOrderedUuid;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Received messages in {@code received_messages}, listed together with the sent ones. Writes join
 * the caller's transaction (the webhook's, which also stores the event). A chat's unread count is
 * the received messages (not from the tenant's phone, not deleted, not marked read) newer than
 * anything the tenant sent in it, through the gateway or from the phone: replying reads a chat, as
 * in WhatsApp itself.
 */
@ApplicationScoped
public class JpaConversationLog implements ConversationLog {
  private static final String CHATS =
      "SELECT x.chat_id, MAX(x.at) AS last_at FROM ("
          + "SELECT m.chat_id, m.created_at AS at FROM messages m"
          + " WHERE m.tenant_id = :tenant AND m.chat_id IS NOT NULL"
          + " UNION ALL SELECT r.chat_id, r.occurred_at FROM received_messages r"
          + " WHERE r.tenant_id = :tenant) x GROUP BY x.chat_id";
  private static final String UNREAD =
      "SELECT COUNT(*) FROM received_messages r WHERE r.tenant_id = :tenant"
          + " AND r.chat_id = :chat AND r.from_me = FALSE AND r.deleted = FALSE"
          + " AND r.read_at IS NULL"
          + " AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.tenant_id = :tenant"
          + " AND m.chat_id = :chat AND m.created_at >= r.occurred_at)"
          + " AND NOT EXISTS (SELECT 1 FROM received_messages o WHERE o.tenant_id = :tenant"
          + " AND o.chat_id = :chat AND o.from_me = TRUE AND o.occurred_at >= r.occurred_at)";

  private final ActiveDatabase database;
  private final JpaMessageLog sent;
  private final TimeOrderedUuid ids = new TimeOrderedUuid(Clock.systemUTC());

  JpaConversationLog(ActiveDatabase database, JpaMessageLog sent) {
    this.database = database;
    this.sent = sent;
  }

  @Override
  public void recordReceived(TenantId tenant, MessageReceived received, Instant receivedAt) {
    ReceivedMessage message = received.message();
    ReceivedMessageEntity row = new ReceivedMessageEntity();
    row.id = ids.get().toString();
    row.tenantId = tenant.value();
    row.provider = received.provider().key();
    row.providerMessageId =
        BoundedKey.of(message.providerMessageId(), ReceivedMessageEntity.ID_LENGTH);
    String chatId = Chat.idOf(message.chat().id());
    row.chatId = chatId == null ? "unknown" : cut(chatId, ReceivedMessageEntity.ID_LENGTH);
    row.chatKind = message.chat().kind().name();
    row.senderId = cut(message.sender().id(), ReceivedMessageEntity.ID_LENGTH);
    row.senderName = cut(message.sender().name(), ReceivedMessageEntity.ID_LENGTH);
    row.fromMe = message.fromMe();
    row.type = message.type().name();
    row.text = cut(message.content().text(), ReceivedMessageEntity.TEXT_LENGTH);
    row.mediaId =
        message.content().media() == null
            ? null
            : cut(message.content().media().mediaId(), ReceivedMessageEntity.ID_LENGTH);
    row.occurredAt = received.occurredAt();
    row.receivedAt = receivedAt;
    QuarkusTransaction.joiningExisting().run(() -> em().persist(row));
  }

  @Override
  public void applyAction(TenantId tenant, MessageActed acted) {
    if (acted.action() instanceof MessageAction.Edit edit) {
      String text = cut(edit.text(), ReceivedMessageEntity.TEXT_LENGTH);
      QuarkusTransaction.joiningExisting()
          .run(
              () ->
                  update(tenant, acted, "text = :text, edited = TRUE")
                      .setParameter("text", text)
                      .executeUpdate());
    } else if (acted.action() instanceof MessageAction.Deletion) {
      // Deleted for everyone: the gateway forgets the content too.
      QuarkusTransaction.joiningExisting()
          .run(
              () ->
                  update(tenant, acted, "text = NULL, media_id = NULL, deleted = TRUE")
                      .executeUpdate());
    }
  }

  /** An UPDATE of the received message the action targets, {@code change} its SET list. */
  private Query update(TenantId tenant, MessageActed acted, String change) {
    return em().createNativeQuery(
            "UPDATE received_messages SET "
                + change
                + " WHERE tenant_id = :tenant AND provider = :provider"
                + " AND provider_message_id = :target")
        .setParameter("tenant", tenant.value())
        .setParameter("provider", acted.provider().key())
        .setParameter("target", BoundedKey.of(acted.target(), ReceivedMessageEntity.ID_LENGTH));
  }

  @Override
  public Optional<ConversationItem.Received> findReceived(TenantId tenant, String id) {
    return QuarkusTransaction.joiningExisting()
        .call(
            () ->
                Optional.ofNullable(em().find(ReceivedMessageEntity.class, id))
                    .filter(row -> row.tenantId.equals(tenant.value()))
                    .map(JpaConversationLog::received));
  }

  @Override
  public void markRead(TenantId tenant, String id, Instant at) {
    markRead(tenant, "id = :key", id, at);
  }

  @Override
  public void markChatRead(TenantId tenant, String chatId, Instant at) {
    markRead(tenant, "chat_id = :key", Chat.idOf(chatId), at);
  }

  private void markRead(TenantId tenant, String which, String key, Instant at) {
    QuarkusTransaction.joiningExisting()
        .run(
            () ->
                em().createNativeQuery(
                        "UPDATE received_messages SET read_at = :at WHERE tenant_id = :tenant AND "
                            + which
                            + " AND read_at IS NULL")
                    .setParameter("at", at)
                    .setParameter("tenant", tenant.value())
                    .setParameter("key", key)
                    .executeUpdate());
  }

  private static ConversationItem.Received received(ReceivedMessageEntity row) {
    return new ConversationItem.Received(
        row.id,
        ProviderId.fromKey(row.provider),
        row.providerMessageId,
        row.chatId,
        row.senderId,
        row.senderName,
        row.fromMe,
        row.type.toLowerCase(Locale.ROOT),
        row.text,
        row.mediaId,
        row.edited,
        row.deleted,
        row.occurredAt);
  }

  @Override
  public Page<ConversationItem> messages(
      TenantId tenant, ConversationQuery query, String cursor, int limit) {
    KeysetPosition after = KeysetPosition.decode(cursor);
    ConversationQuery normalized =
        new ConversationQuery(
            query.direction(),
            Chat.idOf(query.chatId()),
            query.type(),
            query.status(),
            query.since(),
            query.until());
    return QuarkusTransaction.joiningExisting()
        .call(
            () -> {
              List<ConversationListing.Row> rows =
                  ConversationListing.rows(em(), tenant, normalized, after, limit + 1);
              boolean more = rows.size() > limit;
              List<ConversationItem> page = items(more ? rows.subList(0, limit) : rows);
              ConversationItem last = page.isEmpty() ? null : page.get(page.size() - 1);
              return new Page<>(
                  page, more ? new KeysetPosition(last.at(), last.id()).encode() : null);
            });
  }

  @Override
  public Page<ChatSummary> chats(TenantId tenant, String cursor, int limit) {
    KeysetPosition after = KeysetPosition.decode(cursor);
    return QuarkusTransaction.joiningExisting()
        .call(
            () -> {
              String having =
                  after == null
                      ? ""
                      : " HAVING MAX(x.at) < :afterAt"
                          + " OR (MAX(x.at) = :afterAt AND x.chat_id < :afterChat)";
              Query select =
                  em().createNativeQuery(
                          "SELECT * FROM ("
                              + CHATS
                              + having
                              + ") c"
                              + " ORDER BY c.last_at DESC, c.chat_id DESC")
                      .setParameter("tenant", tenant.value());
              if (after != null) {
                select.setParameter("afterAt", after.createdAt());
                select.setParameter("afterChat", after.id());
              }
              @SuppressWarnings("unchecked")
              List<Object[]> rows = select.setMaxResults(limit + 1).getResultList();
              boolean more = rows.size() > limit;
              List<ChatSummary> chats = new ArrayList<>();
              for (Object[] row : more ? rows.subList(0, limit) : rows) {
                chats.add(summary(tenant, (String) row[0]));
              }
              Object[] last = more ? rows.get(limit - 1) : null;
              return new Page<>(
                  chats,
                  last == null
                      ? null
                      : new KeysetPosition(ConversationListing.instant(last[1]), (String) last[0])
                          .encode());
            });
  }

  /** Received rows as they are; sent ones read whole from the message log, in one go. */
  private List<ConversationItem> items(List<ConversationListing.Row> rows) {
    Map<String, MessageRecord> records =
        sent.records(
            rows.stream().map(ConversationListing.Row::sentId).filter(Objects::nonNull).toList());
    List<ConversationItem> items = new ArrayList<>();
    for (ConversationListing.Row row : rows) {
      if (row.received() != null) {
        items.add(row.received());
      } else if (records.containsKey(row.sentId())) {
        items.add(new ConversationItem.Sent(records.get(row.sentId()), row.chatId()));
      }
    }
    return items;
  }

  /** The chat's last message and unread count: three indexed queries per chat of the page. */
  private ChatSummary summary(TenantId tenant, String chatId) {
    List<ConversationItem> latest =
        items(ConversationListing.rows(em(), tenant, ConversationQuery.ofChat(chatId), null, 1));
    Number unread =
        (Number)
            em().createNativeQuery(UNREAD)
                .setParameter("tenant", tenant.value())
                .setParameter("chat", chatId)
                .getSingleResult();
    return new ChatSummary(
        chatId,
        ChatKind.ofChatId(chatId),
        latest.isEmpty() ? null : latest.get(0),
        unread.intValue());
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  private EntityManager em() {
    return database.entityManager();
  }
}
