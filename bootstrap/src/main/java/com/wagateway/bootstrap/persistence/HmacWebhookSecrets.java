package com.wagateway.bootstrap.persistence;

import com.wagateway.application.port.WebhookSecrets;
import com.wagateway.domain.model.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Each tenant's webhook secret is derived from the master key (HMAC-SHA256 of the tenant id), so
 * there is nothing more to store or leak; changing the master key changes every secret.
 */
@ApplicationScoped
public class HmacWebhookSecrets implements WebhookSecrets {
  private final MasterKey masterKey;

  HmacWebhookSecrets(MasterKey masterKey) {
    this.masterKey = masterKey;
  }

  @Override
  public String secretOf(TenantId tenant) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(masterKey.secretKey().getEncoded(), "HmacSHA256"));
      byte[] digest =
          mac.doFinal(("webhook-secret:v1:" + tenant.value()).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is mandatory on every JVM", e);
    }
  }

  @Override
  public boolean matches(TenantId tenant, String presented) {
    if (presented == null) {
      return false;
    }
    return MessageDigest.isEqual(
        secretOf(tenant).getBytes(StandardCharsets.UTF_8),
        presented.getBytes(StandardCharsets.UTF_8));
  }
}
