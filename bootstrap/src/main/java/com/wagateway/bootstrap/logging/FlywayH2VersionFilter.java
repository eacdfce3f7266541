package com.wagateway.bootstrap.logging;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Drops exactly one log line: Flyway's warning that the embedded H2 is newer than the H2 it was
 * verified with. The Quarkus platform pins both versions (H2 2.4, Flyway verified up to 2.3), the
 * migrations are plain SQL that both accept and the persistence suite runs them on every build, so
 * the warning would only teach every newcomer to ignore warnings. Any other Flyway message passes.
 */
@LoggingFilter(name = FlywayH2VersionFilter.NAME)
public final class FlywayH2VersionFilter implements Filter {

  static final String NAME = "flyway-h2-version";
  private static final String LOGGER = "org.flywaydb.core.internal.database.base.Database";

  @Override
  public boolean isLoggable(LogRecord record) {
    if (!LOGGER.equals(record.getLoggerName())) {
      return true;
    }
    String message =
        record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
    return message == null
        || !(message.startsWith("Using H2 ")
            && message.contains("newer than the version Flyway has been verified with"));
  }
}
