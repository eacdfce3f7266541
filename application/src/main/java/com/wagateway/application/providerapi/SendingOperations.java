package com.wagateway.application.providerapi;

import com.wagateway.domain.providerapi.ProviderOperation;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The provider operations that send something to WhatsApp users, which therefore count against the
 * tenant's send rate limit like the unified sends do. One row per family, matched against {@code
 * "METHOD /path"} as the provider's description names the operation.
 */
final class SendingOperations {
  private static final List<Pattern> SENDS =
      List.of(
          // Every message send and forward; pinning a message sends nothing.
          Pattern.compile("POST /messages/(?!\\{MessageID}/pin$).+"),
          // Stories (status updates) are posted to the tenant's contacts.
          Pattern.compile("POST /stories(/.*)?"),
          // Copying a story posts it again.
          Pattern.compile("PUT /stories/\\{MessageID}"),
          Pattern.compile("POST /statuses(/.*)?"));

  private SendingOperations() {}

  static boolean sends(ProviderOperation operation) {
    String name = operation.toString();
    return SENDS.stream().anyMatch(pattern -> pattern.matcher(name).matches());
  }
}
