package com.wagateway.adapter.apiwhatsappweb;

import com.wagateway.adapter.apiwhatsappweb.ApiWhatsAppWebSettings.WebhookPaths;
import java.util.List;
import java.util.function.Function;

/**
 * The webhook kinds the gateway registers, in order: the documented "sent" first, then the assumed
 * ones. Each is told the same gateway URL; the payloads are told apart by their content.
 */
final class WebhookKinds {
  /** One kind and where its URL is set. */
  record Kind(String name, Function<WebhookPaths, String> path) {}

  static final List<Kind> ALL =
      List.of(
          new Kind("sent", WebhookPaths::sent),
          new Kind("receive", WebhookPaths::receive),
          new Kind("status", WebhookPaths::status),
          new Kind("connected", WebhookPaths::connected),
          new Kind("disconnected", WebhookPaths::disconnected));

  private WebhookKinds() {}

  /** What a failure of {@code failed} leaves behind, said truthfully. */
  static String failedAt(Kind failed) {
    int at = ALL.indexOf(failed);
    return "(webhook \"%s\" not registered; registered before it: %s; not attempted: %s; registering again is safe)"
        .formatted(
            failed.name(), names(ALL.subList(0, at)), names(ALL.subList(at + 1, ALL.size())));
  }

  private static String names(List<Kind> kinds) {
    return kinds.isEmpty() ? "none" : String.join(", ", kinds.stream().map(Kind::name).toList());
  }
}
