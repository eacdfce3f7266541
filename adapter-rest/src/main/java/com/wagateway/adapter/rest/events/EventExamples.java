package com.wagateway.adapter.rest.events;

import java.util.LinkedHashMap;
import java.util.Map;

/** One delivered body per event type, for the OpenAPI document's {@code webhooks}. */
public final class EventExamples {
  private static final String HEAD =
      "{\"type\": \"%s\", \"schemaVersion\": 2, \"timestamp\": \"2026-11-29T10:00:01Z\","
          + " \"data\": {\"tenantId\": \"acme\", \"provider\": \"whapi\","
          + " \"occurredAt\": \"2026-11-29T10:00:00Z\", ";
  private static final String CHAT_SENDER =
      "\"chat\": {\"id\": \"573001234567@s.whatsapp.net\", \"kind\": \"direct\"},"
          + " \"sender\": {\"id\": \"573001234567\", \"phone\": \"+573001234567\","
          + " \"name\": \"Ana\"}, ";

  /** Event type name to example body, in the order the README lists them. */
  public static final Map<String, String> BY_TYPE = new LinkedHashMap<>();

  static {
    put(
        "message.received",
        "\"providerMessageId\": \"Ps2Img9yK9.abc-wQ7nX2yZb1\", "
            + CHAT_SENDER
            + "\"fromMe\": false, \"forwarded\": false, \"mentions\": [], \"type\": \"image\","
            + " \"text\": \"The invoice\", \"media\": {\"mediaId\": \"jpeg-a1b2c3d4-e5f6\","
            + " \"mimeType\": \"image/jpeg\", \"sizeBytes\": 48213, \"width\": 1280,"
            + " \"height\": 960, \"downloadUrl\":"
            + " \"https://gateway.example.com/v1/tenants/acme/media/jpeg-a1b2c3d4-e5f6\"},"
            + " \"chatId\": \"573001234567@s.whatsapp.net\", \"from\": \"573001234567\","
            + " \"fromName\": \"Ana\", \"kind\": \"image\"");
    put(
        "message.status",
        "\"messageId\": \"01a2289d-8d14-7159-b036-38f039d12ea2\","
            + " \"providerMessageId\": \"PsobWy36679._7w-wKmB9tMeGQ\", \"status\": \"READ\","
            + " \"recipient\": \"573001234567@s.whatsapp.net\"");
    put(
        "message.reaction",
        CHAT_SENDER
            + "\"target\": {\"providerMessageId\": \"PsobWy36679._7w-wKmB9tMeGQ\","
            + " \"messageId\": \"01a2289d-8d14-7159-b036-38f039d12ea2\"}, \"emoji\": \"👍\","
            + " \"removed\": false");
    put(
        "message.edited",
        CHAT_SENDER
            + "\"target\": {\"providerMessageId\": \"Ps1aTxt1yK9.abc-wQ7nX2yZa9\"},"
            + " \"text\": \"yes, at 6\"");
    put(
        "message.deleted",
        CHAT_SENDER + "\"target\": {\"providerMessageId\": \"Ps1aTxt1yK9.abc-wQ7nX2yZa9\"}");
    put(
        "poll.vote",
        CHAT_SENDER
            + "\"target\": {\"providerMessageId\": \"PsDPol9yK9.abc-wQ7nX2yZc3\","
            + " \"messageId\": \"01a228a4-0ed7-722a-a2df-be748dcfb1f0\"},"
            + " \"selectedOptions\": [\"Tuesday\"]");
    put("instance.status", "\"state\": \"CONNECTED\", \"providerState\": \"AUTH\"");
  }

  private EventExamples() {}

  private static void put(String type, String dataFields) {
    BY_TYPE.put(type, HEAD.formatted(type) + dataFields + "}}");
  }
}
