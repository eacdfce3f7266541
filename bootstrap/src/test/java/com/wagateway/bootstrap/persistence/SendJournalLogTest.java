package com.wagateway.bootstrap.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.domain.port.Completions;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The send journal on an H2 file database with its log: what a crash leaves is what a copy of the
 * files taken while the database is still open holds. H2 keeps committed changes in memory until
 * its background writer stores them ({@code WRITE_DELAY}, an hour here), so only the log can have
 * put an answered write on disk.
 */
class SendJournalLogTest {
  private static final Instant NOON = Instant.parse("2026-01-02T12:00:00Z");
  private static final long NEVER_CUT = Long.MAX_VALUE;

  @TempDir Path dir;

  @Test
  void answeredWritesSurviveACrashAndAreAppliedAtTheNextStart() throws Exception {
    JdbcDataSource live = database("live", ";WRITE_DELAY=3600000");
    try (Connection open = live.getConnection()) {
      createTablesOnDisk(open);
      try (SendJournal journal = journal(live, "live.log", NEVER_CUT)) {
        Completions.join(journal.append(attempt("m-1")));
        Completions.join(journal.append(sent("m-1")));
        crash("live", "crashed");
      }
    }
    assertThat(statusOf(database("crashed", ""), "m-1"))
        .as("H2's own file, without the log")
        .isNull();

    JdbcDataSource restarted = database("crashed", "");
    try (SendJournal journal = journal(restarted, "crashed.log", NEVER_CUT)) {
      Completions.join(journal.append(attempt("m-2"))); // taken after the log is applied
    }

    assertThat(statusOf(restarted, "m-1")).isEqualTo("SENT");
    assertThat(history(restarted, "m-1")).containsExactly("ACCEPTED", "SENT");
    assertThat(statusOf(restarted, "m-2")).isEqualTo("ACCEPTED");
  }

  @Test
  void applyingTheLogAgainChangesNothingAndNeverTakesALaterStatusBack() throws Exception {
    JdbcDataSource db = database("twice", "");
    Path log = dir.resolve("twice.log");
    try (Connection open = db.getConnection()) {
      createTablesOnDisk(open);
      try (SendJournal journal = journal(db, "twice.log", NEVER_CUT)) {
        Completions.join(journal.append(attempt("m-1")));
        Completions.join(journal.append(sent("m-1")));
        Files.copy(log, dir.resolve("kept.log"));
      } // a clean stop empties the log: put it back, as if the stop had not been clean
      Files.copy(dir.resolve("kept.log"), log, StandardCopyOption.REPLACE_EXISTING);
      try (Statement later = open.createStatement()) { // a status webhook, after the outcome
        later.execute("UPDATE messages SET status = 'DELIVERED' WHERE id = 'm-1'");
      }
      try (SendJournal journal = journal(db, "twice.log", NEVER_CUT)) {
        Completions.join(journal.append(attempt("m-2")));
      }
    }

    assertThat(statusOf(db, "m-1")).isEqualTo("DELIVERED");
    assertThat(history(db, "m-1")).containsExactly("ACCEPTED", "SENT");
    assertThat(statusOf(db, "m-2")).isEqualTo("ACCEPTED");
  }

  @Test
  void aCleanStopLeavesAnEmptyLog() throws Exception {
    JdbcDataSource db = database("clean", ";WRITE_DELAY=3600000");
    try (Connection open = db.getConnection()) {
      createTablesOnDisk(open);
      try (SendJournal journal = journal(db, "clean.log", NEVER_CUT)) {
        Completions.join(journal.append(attempt("m-1")));
        assertThat(Files.size(dir.resolve("clean.log"))).isPositive();
      }
      assertThat(Files.size(dir.resolve("clean.log"))).isZero();
      crash("clean", "clean-copy");
    }
    assertThat(statusOf(database("clean-copy", ""), "m-1")).isEqualTo("ACCEPTED");
  }

  @Test
  void theLogIsCutOnceFullAfterACheckpointPutsItsWritesInTheDatabaseFile() throws Exception {
    JdbcDataSource live = database("cut", ";WRITE_DELAY=3600000");
    try (Connection open = live.getConnection()) {
      createTablesOnDisk(open);
      try (SendJournal journal = journal(live, "cut.log", 1)) {
        Completions.join(journal.append(attempt("m-1")));
        // The writer takes this batch after the first one's checkpoint and cut.
        Completions.join(journal.append(attempt("m-2")));
        crash("cut", "cut-crashed");
      }
    }

    assertThat(statusOf(database("cut-crashed", ""), "m-1"))
        .as("in H2's own file, by the checkpoint that cut the log")
        .isEqualTo("ACCEPTED");
  }

  @Test
  void aFrameCutShortByACrashIsLeftOutAndTheOnesBeforeItAreRead() throws Exception {
    Path file = dir.resolve("torn.log");
    try (SendJournalLog log = new SendJournalLog(file)) {
      log.append(List.of(attempt("m-1")));
      log.append(List.of(sent("m-1"), attempt("m-2")));
    }
    long whole = Files.size(file);
    try (SendJournalLog log = new SendJournalLog(file)) {
      log.append(List.of(attempt("m-3")));
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(whole + 12); // the third frame's header and a few bytes of it
      channel.write(ByteBuffer.wrap(new byte[] {1, 2, 3}), whole + 12);
    }

    try (SendJournalLog log = new SendJournalLog(file)) {
      assertThat(log.read())
          .containsExactly(attempt("m-1"), sent("m-1"), attempt("m-2"))
          .as("null fields and instants read back as written");
    }
  }

  private JdbcDataSource database(String name, String settings) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:file:" + dir.resolve(name) + settings);
    return h2;
  }

  private SendJournal journal(JdbcDataSource db, String log, long limit) {
    return new SendJournal(
        db, 100, Duration.ofSeconds(60), new SendJournalLog(dir.resolve(log)), limit);
  }

  /** The database's and the log's files as a crash would leave them: copied while in use. */
  private void crash(String from, String to) throws Exception {
    Files.copy(dir.resolve(from + ".mv.db"), dir.resolve(to + ".mv.db"));
    Path log = dir.resolve(from + ".log");
    if (Files.exists(log)) {
      Files.copy(log, dir.resolve(to + ".log"));
    }
  }

  private static void createTablesOnDisk(Connection connection) throws SQLException {
    JournalTables.create(connection);
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("CHECKPOINT"); // the tables are in the file: only the writes are in question
    }
  }

  private static SendJournal.Attempt attempt(String id) {
    return new SendJournal.Attempt(
        id, "acme", "whapi", null, "4915112345678", "TEXT", "ACCEPTED", NOON, NOON, null, null);
  }

  private static SendJournal.Outcome sent(String id) {
    return new SendJournal.Outcome(id, "wamid-" + id, "SENT", null, null, NOON.plusSeconds(1));
  }

  private static String statusOf(JdbcDataSource db, String id) throws SQLException {
    try (Connection connection = db.getConnection();
        Statement query = connection.createStatement();
        ResultSet rows =
            query.executeQuery("SELECT status FROM messages WHERE id = '" + id + "'")) {
      return rows.next() ? rows.getString(1) : null;
    } catch (SQLException noTable) {
      if (noTable.getMessage().contains("not found")) {
        return null;
      }
      throw noTable;
    }
  }

  private static List<String> history(JdbcDataSource db, String id) throws SQLException {
    List<String> statuses = new ArrayList<>();
    try (Connection connection = db.getConnection();
        Statement query = connection.createStatement();
        ResultSet rows =
            query.executeQuery(
                "SELECT status FROM message_status_history WHERE message_id = '"
                    + id
                    + "' ORDER BY at, id")) {
      while (rows.next()) {
        statuses.add(rows.getString(1));
      }
    }
    return statuses;
  }
}
