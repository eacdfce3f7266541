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
    return seal(tenant.value(), CredentialsJson.write(credentials));
  }

  public ProviderCredentials decrypt(TenantId tenant, String stored) {
    return CredentialsJson.read(open(tenant.value(), stored, "credentials of tenant '" + tenant));
  }

  /**
   * Encrypts any other secret text; {@code context} (a row's id, say) is bound as associated data,
   * so the ciphertext only opens in that context.
   */
  public String seal(String context, String plainText) {
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    byte[] plain = plainText.getBytes(StandardCharsets.UTF_8);
    try {
      byte[] sealed = cipher(Cipher.ENCRYPT_MODE, iv, context).doFinal(plain);
      byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
      return VERSION + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
  }

  /** Decrypts what {@link #seal} wrote in the same context; {@code what} names it in errors. */
  public String open(String context, String stored, String what) {
    if (stored == null || !stored.startsWith(VERSION)) {
      throw failure(what, "they are not in the v1 format");
    }
    byte[] data;
    try {
      data = Base64.getDecoder().decode(stored.substring(VERSION.length()));
    } catch (IllegalArgumentException e) {
      throw failure(what, "they are not valid base64");
    }
    if (data.length <= IV_BYTES + TAG_BITS / 8) {
      throw failure(what, "they are truncated");
    }
    try {
      byte[] plain =
          cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(data, IV_BYTES), context)
              .doFinal(data, IV_BYTES, data.length - IV_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw failure(
          what,
          "authentication failed; most likely "
              + MasterKey.PROPERTY
              + " is not the key they were encrypted with (or the row was altered)");
    }
  }

  private Cipher cipher(int mode, byte[] iv, String context) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key.secretKey(), new GCMParameterSpec(TAG_BITS, iv));
    cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
    return cipher;
  }

  private static IllegalStateException failure(String what, String reason) {
    return new IllegalStateException("Cannot decrypt the stored " + what + "': " + reason);
  }
}
