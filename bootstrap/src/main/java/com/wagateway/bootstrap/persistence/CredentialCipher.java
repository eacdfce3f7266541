package com.wagateway.bootstrap.persistence;

import com.wagateway.domain.model.ProviderCredentials;
import com.wagateway.domain.model.TenantId;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts provider credentials for storage with AES-256-GCM: a random 96-bit IV per encryption,
 * stored as {@code v1:} + base64(iv ‖ ciphertext ‖ tag). The tenant id is bound as associated data,
 * so a ciphertext copied onto another tenant's row does not decrypt.
 */
@Singleton
public class CredentialCipher {
  private static final String VERSION = "v1:";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final MasterKey key;
  private final SecureRandom random = new SecureRandom();

  public CredentialCipher(MasterKey key) {
    this.key = key;
  }

  public String encrypt(TenantId tenant, ProviderCredentials credentials) {
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    byte[] plain = CredentialsJson.write(credentials).getBytes(StandardCharsets.UTF_8);
    try {
      byte[] sealed = cipher(Cipher.ENCRYPT_MODE, iv, tenant).doFinal(plain);
      byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
      return VERSION + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
  }

  public ProviderCredentials decrypt(TenantId tenant, String stored) {
    if (stored == null || !stored.startsWith(VERSION)) {
      throw failure(tenant, "they are not in the v1 format");
    }
    byte[] data;
    try {
      data = Base64.getDecoder().decode(stored.substring(VERSION.length()));
    } catch (IllegalArgumentException e) {
      throw failure(tenant, "they are not valid base64");
    }
    if (data.length <= IV_BYTES + TAG_BITS / 8) {
      throw failure(tenant, "they are truncated");
    }
    try {
      byte[] plain =
          cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(data, IV_BYTES), tenant)
              .doFinal(data, IV_BYTES, data.length - IV_BYTES);
      return CredentialsJson.read(new String(plain, StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw failure(
          tenant,
          "authentication failed; most likely "
              + MasterKey.PROPERTY
              + " is not the key they were encrypted with (or the row was altered)");
    }
  }

  private Cipher cipher(int mode, byte[] iv, TenantId tenant) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key.secretKey(), new GCMParameterSpec(TAG_BITS, iv));
    cipher.updateAAD(tenant.value().getBytes(StandardCharsets.UTF_8));
    return cipher;
  }

  private static IllegalStateException failure(TenantId tenant, String reason) {
    return new IllegalStateException(
        "Cannot decrypt the stored credentials of tenant '" + tenant + "': " + reason);
  }
}
