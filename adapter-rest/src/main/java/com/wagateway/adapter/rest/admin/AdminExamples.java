package com.wagateway.adapter.rest.admin;

/** Request examples for the admin API; placeholders, never real credentials. */
final class AdminExamples {
  static final String CREATE =
      "{\"id\": \"shop-co\", \"provider\": \"whapi\", \"whapi\": {\"token\": \"<whapi-channel-token>\"}}";
  static final String SWITCH =
      "{\"provider\": \"apiwhatsappweb\", \"apiwhatsappweb\": {\"apiKey\": \"<apiwhatsappweb-key>\","
          + " \"instanceId\": \"<instance-id>\"}}";

  private AdminExamples() {}
}
