package com.wagateway.bootstrap.persistence;

import com.wagateway.domain.message.DeliveryStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The writes of the send journal's log applied again after a crash, each only where the database
 * does not have it yet, so that applying a log twice, or a log whose writes H2 had stored after
 * all, changes nothing.
 */
final class SendJournalReplay {
  private static final String MESSAGE_EXISTS = "SELECT 1 FROM messages WHERE id = ?";
  private static final String STATUS_EXISTS =
      "SELECT 1 FROM message_status_history WHERE message_id = ? AND status = ? AND at = ?";

  /** Only a message still waiting for its outcome: a later status is never taken back. */
  private static final String APPLY_OUTCOME =
      "UPDATE messages SET provider_message_id = ?, status = ?, error_code = ?,"
          + " error_detail = ?, updated_at = ? WHERE id = ? AND status = ?";

  private SendJournalReplay() {}

  static void attempt(Connection connection, SendJournal.Attempt a) throws SQLException {
    if (!exists(connection, MESSAGE_EXISTS, a.id())) {
      try (PreparedStatement insert = connection.prepareStatement(SendJournal.INSERT_MESSAGE)) {
        SendJournal.bind(insert, a);
        insert.executeUpdate();
      }
    }
    history(connection, a.id(), a.status(), a.createdAt());
  }

  static void outcome(Connection connection, SendJournal.Outcome o) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(APPLY_OUTCOME)) {
      update.setString(1, o.providerMessageId());
      update.setString(2, o.status());
      update.setString(3, o.errorCode());
      update.setString(4, o.errorDetail());
      update.setObject(5, SendJournal.utc(o.at()));
      update.setString(6, o.id());
      update.setString(7, DeliveryStatus.ACCEPTED.name());
      update.executeUpdate();
    }
    history(connection, o.id(), o.status(), o.at());
  }

  private static void history(Connection connection, String messageId, String status, Instant at)
      throws SQLException {
    if (exists(connection, STATUS_EXISTS, messageId, status, SendJournal.utc(at))) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement(SendJournal.INSERT_STATUS)) {
      insert.setString(1, messageId);
      insert.setString(2, status);
      insert.setObject(3, SendJournal.utc(at));
      insert.executeUpdate();
    }
  }

  private static boolean exists(Connection connection, String sql, Object... parameters)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }
}
