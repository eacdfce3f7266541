package com.wagateway.bootstrap.persistence;

import com.wagateway.application.conversation.ConversationItem;
import com.wagateway.application.conversation.ConversationQuery;
import com.wagateway.application.conversation.Direction;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.TenantId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The keyset query behind a conversation listing: sent messages ({@code messages}) and received
 * ones ({@code received_messages}) as one stream, filtered in each table (where the indexes are),
 * then merged newest first. Portable SQL: H2 and PostgreSQL.
 */
final class ConversationListing {
  // A sent row carries only its id here: the message log reads it whole, history included.
  private static final String OUT =
      "SELECT m.id, CAST('OUT' AS VARCHAR(3)) AS direction, m.provider,"
          + " m.provider_message_id, m.chat_id, CAST(NULL AS VARCHAR(255)) AS sender_id,"
          + " CAST(NULL AS VARCHAR(255)) AS sender_name, TRUE AS from_me, m.type,"
          + " CAST(NULL AS VARCHAR(4096)) AS text, CAST(NULL AS VARCHAR(255)) AS media_id,"
          + " FALSE AS edited, FALSE AS deleted, m.created_at AS at"
          + " FROM messages m WHERE m.tenant_id = :tenant";
  private static final String IN =
      "SELECT r.id, CAST('IN' AS VARCHAR(3)) AS direction, r.provider,"
          + " r.provider_message_id, r.chat_id, r.sender_id, r.sender_name, r.from_me, r.type,"
          + " r.text, r.media_id, r.edited, r.deleted, r.occurred_at AS at"
          + " FROM received_messages r WHERE r.tenant_id = :tenant";

  private ConversationListing() {}

  /** A listed row: a received message whole, or a sent message's id and chat to read it by. */
  record Row(ConversationItem.Received received, String sentId, String chatId) {}

  static List<Row> rows(
      EntityManager em, TenantId tenant, ConversationQuery query, KeysetPosition after, int max) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("tenant", tenant.value());
    List<String> branches = new ArrayList<>();
    boolean statusFilter = query.status() != null;
    if (query.direction() != Direction.IN) {
      branches.add(OUT + filters("m", "created_at", query, after, parameters));
    }
    if (query.direction() != Direction.OUT && !statusFilter) {
      branches.add(IN + filters("r", "occurred_at", query, after, parameters));
    }
    if (statusFilter) {
      parameters.put("status", query.status().name());
    }
    Query select =
        em.createNativeQuery(
            "SELECT * FROM ("
                + String.join(" UNION ALL ", branches)
                + ") x ORDER BY x.at DESC, x.id DESC");
    parameters.forEach(select::setParameter);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = select.setMaxResults(max).getResultList();
    return rows.stream().map(ConversationListing::row).toList();
  }

  private static String filters(
      String alias,
      String at,
      ConversationQuery query,
      KeysetPosition after,
      Map<String, Object> parameters) {
    StringBuilder where = new StringBuilder();
    if (query.chatId() != null) {
      where.append(" AND ").append(alias).append(".chat_id = :chat");
      parameters.put("chat", query.chatId());
    }
    if (query.type() != null) {
      where.append(" AND ").append(alias).append(".type = :type");
      parameters.put("type", query.type().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
    if (query.status() != null && alias.equals("m")) {
      where.append(" AND m.status = :status");
    }
    String column = alias + "." + at;
    if (query.since() != null) {
      where.append(" AND ").append(column).append(" >= :since");
      parameters.put("since", query.since());
    }
    if (query.until() != null) {
      where.append(" AND ").append(column).append(" < :until");
      parameters.put("until", query.until());
    }
    if (after != null) {
      where
          .append(" AND (")
          .append(column)
          .append(" < :afterAt OR (")
          .append(column)
          .append(" = :afterAt AND ")
          .append(alias)
          .append(".id < :afterId))");
      parameters.put("afterAt", after.createdAt());
      parameters.put("afterId", after.id());
    }
    return where.toString();
  }

  private static Row row(Object[] row) {
    String id = (String) row[0];
    String chatId = (String) row[4];
    if (((String) row[1]).strip().equals(Direction.OUT.name())) {
      return new Row(null, id, chatId);
    }
    return new Row(
        new ConversationItem.Received(
            id,
            ProviderId.fromKey((String) row[2]),
            (String) row[3],
            chatId,
            (String) row[5],
            (String) row[6],
            bool(row[7]),
            ((String) row[8]).toLowerCase(Locale.ROOT),
            (String) row[9],
            (String) row[10],
            bool(row[11]),
            bool(row[12]),
            instant(row[13])),
        null,
        chatId);
  }

  private static boolean bool(Object value) {
    return value instanceof Boolean b ? b : value != null && ((Number) value).intValue() != 0;
  }

  /** Drivers give timestamps with time zone as one of these, depending on the database. */
  static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return ((Timestamp) value).toInstant();
  }
}
