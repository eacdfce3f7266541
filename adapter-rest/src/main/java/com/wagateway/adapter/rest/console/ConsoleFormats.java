package com.wagateway.adapter.rest.console;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the console's templates write values: {@code {at.utc}}. */
@TemplateExtension
final class ConsoleFormats {
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private ConsoleFormats() {}

  /** An instant in UTC to the second, as every console page shows time. */
  static String utc(Instant at) {
    return UTC.format(at);
  }
}
