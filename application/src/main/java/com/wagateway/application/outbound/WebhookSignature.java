package com.wagateway.application.outbound;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature: HMAC-SHA256 over {@code id.timestamp.body} keyed with the
 * secret's bytes, sent as {@code v1,<base64>} in the {@code webhook-signature} header.
 */
public final class WebhookSignature {
  public static final String ID_HEADER = "webhook-id";
  public static final String TIMESTAMP_HEADER = "webhook-timestamp";
  public static final String SIGNATURE_HEADER = "webhook-signature";

  private WebhookSignature() {}

  public static String sign(SigningSecret secret, String id, long timestampSeconds, String body) {
    String content = id + "." + timestampSeconds + "." + body;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
      byte[] digest = mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /**
   * True when one of the space-separated signatures in {@code header} is ours for this content,
   * compared in constant time: what a subscriber does on its side.
   */
  public static boolean verify(
      SigningSecret secret, String id, long timestampSeconds, String body, String header) {
    if (header == null) {
      return false;
    }
    byte[] expected = sign(secret, id, timestampSeconds, body).getBytes(StandardCharsets.UTF_8);
    for (String candidate : header.split(" ")) {
      if (MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.UTF_8))) {
        return true;
      }
    }
    return false;
  }
}
