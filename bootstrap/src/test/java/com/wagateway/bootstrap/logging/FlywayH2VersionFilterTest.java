package com.wagateway.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

class FlywayH2VersionFilterTest {

  private static final String DATABASE = "org.flywaydb.core.internal.database.base.Database";
  private static final String H2_WARNING =
      "Using H2 2.4.240 which is newer than the version Flyway has been verified with. The latest"
          + " verified version of H2 is 2.3.232.";

  private final FlywayH2VersionFilter filter = new FlywayH2VersionFilter();

  @Test
  void dropsFlywaysH2VersionWarning() {
    assertThat(filter.isLoggable(record(DATABASE, H2_WARNING))).isFalse();
  }

  @Test
  void keepsOtherWarningsOfTheSameLogger() {
    assertThat(filter.isLoggable(record(DATABASE, "Flyway upgrade recommended: H2 2.9 is newer")))
        .isTrue();
    assertThat(
            filter.isLoggable(
                record(
                    DATABASE,
                    "Using PostgreSQL 99 which is newer than the version Flyway has been verified"
                        + " with.")))
        .isTrue();
  }

  @Test
  void keepsTheSameTextFromAnyOtherLogger() {
    assertThat(filter.isLoggable(record("com.wagateway.bootstrap.Anything", H2_WARNING))).isTrue();
  }

  @Test
  void keepsRecordsWithoutAMessage() {
    assertThat(filter.isLoggable(record(DATABASE, null))).isTrue();
  }

  private static LogRecord record(String logger, String message) {
    ExtLogRecord record = new ExtLogRecord(Level.WARNING, message, DATABASE);
    record.setLoggerName(logger);
    return record;
  }
}
