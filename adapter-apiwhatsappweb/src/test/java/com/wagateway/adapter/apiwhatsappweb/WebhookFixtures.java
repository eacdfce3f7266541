package com.wagateway.adapter.apiwhatsappweb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The webhook payloads in {@code src/test/resources/webhooks}: {@code sent.json} as documented,
 * every other one an assumed shape (see the README there).
 */
final class WebhookFixtures {
  private WebhookFixtures() {}

  static String read(String name) {
    try (InputStream in =
        WebhookFixtures.class.getResourceAsStream("/webhooks/" + name + ".json")) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
