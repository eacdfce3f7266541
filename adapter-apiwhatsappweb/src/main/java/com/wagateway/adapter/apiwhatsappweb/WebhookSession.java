package com.wagateway.adapter.apiwhatsappweb;

import com.fasterxml.jackson.databind.JsonNode;
import com.wagateway.domain.event.InboundEvent.InstanceStatusChanged;
import com.wagateway.domain.event.Normalized;
import com.wagateway.domain.instance.ConnectionState;
import com.wagateway.domain.model.ProviderId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Reads a "connected" or "disconnected" payload (assumed shape): a connection word in {@code
 * event}, {@code status}, {@code state}, {@code connection} or {@code type}. It carries no id we
 * know of, so the key is {@code apiwhatsappweb:<connected|disconnected>:<hash of the payload>}: a
 * redelivery is dropped, and so is a later payload identical to an earlier one, byte for byte.
 */
final class WebhookSession {
  private static final String[] FIELDS = {"event", "status", "state", "connection", "type"};

  private static final Map<String, ConnectionState> WORDS =
      WebhookFields.words(
          Map.of(
              ConnectionState.CONNECTED,
              List.of("connected", "connect", "conectado", "conectada", "open", "ready"),
              ConnectionState.DISCONNECTED,
              List.of(
                  "disconnected",
                  "disconnect",
                  "desconectado",
                  "desconectada",
                  "close",
                  "closed",
                  "logout")));

  private WebhookSession() {}

  static boolean looksLikeOne(JsonNode root) {
    return field(root) != null;
  }

  /** The state is stamped on arrival unless the payload has a {@code timestamp}. */
  static Normalized read(JsonNode root, Instant arrival) {
    String field = field(root);
    if (field == null) {
      return Normalized.notUnderstood();
    }
    String word = WebhookFields.text(root, field);
    ConnectionState state = WORDS.get(WebhookFields.word(root, field));
    String kind = state == ConnectionState.CONNECTED ? "connected" : "disconnected";
    return new Normalized(
        List.of(
            new InstanceStatusChanged(
                ProviderId.APIWHATSAPPWEB,
                "apiwhatsappweb:" + kind + ":" + hash(root.toString()),
                WebhookFields.occurredAt(root, arrival),
                state,
                word)),
        true);
  }

  /** The first of {@link #FIELDS} that holds a connection word. */
  private static String field(JsonNode root) {
    for (String field : FIELDS) {
      if (WORDS.containsKey(String.valueOf(WebhookFields.word(root, field)))) {
        return field;
      }
    }
    return null;
  }

  private static String hash(String json) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException everyJvmHasIt) {
      throw new IllegalStateException(everyJvmHasIt);
    }
  }
}
