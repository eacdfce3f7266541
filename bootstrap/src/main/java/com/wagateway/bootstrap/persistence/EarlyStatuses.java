package com.wagateway.bootstrap.persistence;

import com.wagateway.domain.message.DeliveryStatus;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Statuses the provider reported before the gateway stored the message's provider id: a webhook can
 * beat the send's group-committed outcome by milliseconds. They wait in {@code early_statuses} and
 * are applied when the id lands.
 *
 * <p>Both sides look for the other only after their own write is committed: the webhook keeps its
 * status (committed on its own), then looks for the message; the send journal commits the outcome,
 * then looks for waiting statuses. Whichever commits second finds the other's row, so no status is
 * lost; when both find it, deleting the waiting row is the claim, and only the side whose delete
 * removed it applies the status.
 */
final class EarlyStatuses {
  /** A waiting status older than this can no longer match a send in flight, and is dropped. */
  static final Duration KEPT_FOR = Duration.ofHours(1);

  /** A status's place in {@link DeliveryStatus}'s order, as SQL on column {@code status}. */
  static String rankOf(String column) {
    return Arrays.stream(DeliveryStatus.values())
        .map(s -> " when '" + s.name() + "' then " + s.ordinal())
        .collect(Collectors.joining("", "(case " + column, " else -1 end)"));
  }

  private static final String APPLY =
      "UPDATE messages SET status = ?, updated_at = ? WHERE id = ? AND "
          + rankOf("status")
          + " < ?";
  private static final String HISTORY =
      "INSERT INTO message_status_history (message_id, status, at) VALUES (?, ?, ?)";
  private static final String WAITING =
      "SELECT e.id, e.status, e.at, m.id FROM early_statuses e JOIN messages m"
          + " ON m.tenant_id = e.tenant_id AND m.provider_message_id = e.provider_message_id"
          + " WHERE ";

  private EarlyStatuses() {}

  /** Keeps a status for a message not found yet, and drops the ones kept too long. */
  static void keep(
      Connection connection,
      String tenantId,
      String providerMessageId,
      DeliveryStatus status,
      Instant at,
      Instant now)
      throws SQLException {
    try (PreparedStatement purge =
        connection.prepareStatement("DELETE FROM early_statuses WHERE received_at < ?")) {
      purge.setObject(1, utc(now.minus(KEPT_FOR)));
      purge.executeUpdate();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO early_statuses (tenant_id, provider_message_id, status, at, received_at)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      insert.setString(1, tenantId);
      insert.setString(2, providerMessageId);
      insert.setString(3, status.name());
      insert.setObject(4, utc(at));
      insert.setObject(5, utc(now));
      insert.executeUpdate();
    }
  }

  /** Applies the statuses waiting for the tenant's message with this provider id. */
  static int applyTo(Connection connection, String tenantId, String providerMessageId)
      throws SQLException {
    return apply(
        connection,
        "e.tenant_id = ? AND e.provider_message_id = ?",
        List.of(tenantId, providerMessageId));
  }

  /**
   * Applies the statuses waiting for these messages (the ones whose outcome just landed). The ids
   * go as one array parameter, so the statement has one text whatever the batch size (an {@code IN
   * (?, ?, ...)} list had one per size), which a driver's or a database's statement cache can keep.
   */
  static int applyToMessages(Connection connection, List<String> messageIds) throws SQLException {
    if (messageIds.isEmpty()) {
      return 0;
    }
    Array ids = connection.createArrayOf("VARCHAR", messageIds.toArray());
    try {
      return apply(connection, "m.id = ANY(?)", List.of(ids));
    } finally {
      ids.free();
    }
  }

  private record Waiting(long id, DeliveryStatus status, OffsetDateTime at, String messageId) {}

  private static int apply(Connection connection, String where, List<?> parameters)
      throws SQLException {
    List<Waiting> waiting = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(WAITING + where + " ORDER BY e.at, e.id")) {
      for (int i = 0; i < parameters.size(); i++) {
        select.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          waiting.add(
              new Waiting(
                  rows.getLong(1),
                  DeliveryStatus.valueOf(rows.getString(2)),
                  rows.getObject(3, OffsetDateTime.class),
                  rows.getString(4)));
        }
      }
    }
    int applied = 0;
    for (Waiting status : waiting) {
      if (claim(connection, status.id())) {
        apply(connection, status);
        applied++;
      }
    }
    return applied;
  }

  private static boolean claim(Connection connection, long id) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM early_statuses WHERE id = ?")) {
      delete.setLong(1, id);
      return delete.executeUpdate() == 1;
    }
  }

  /** The same monotonic rule as any other status: it never moves the message backwards. */
  private static void apply(Connection connection, Waiting status) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(APPLY)) {
      update.setString(1, status.status().name());
      update.setObject(2, status.at());
      update.setString(3, status.messageId());
      update.setInt(4, status.status().ordinal());
      update.executeUpdate();
    }
    try (PreparedStatement history = connection.prepareStatement(HISTORY)) {
      history.setString(1, status.messageId());
      history.setString(2, status.status().name());
      history.setObject(3, status.at());
      history.executeUpdate();
    }
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
