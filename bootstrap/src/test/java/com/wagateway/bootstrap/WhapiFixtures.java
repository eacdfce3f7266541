package com.wagateway.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whapi's documented webhook payloads, as the Whapi adapter's tests keep them. */
final class WhapiFixtures {
  private static final Path DIRECTORY = Path.of("../adapter-whapi/src/test/resources/webhooks");

  private WhapiFixtures() {}

  static String read(String name) {
    try {
      return Files.readString(DIRECTORY.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
