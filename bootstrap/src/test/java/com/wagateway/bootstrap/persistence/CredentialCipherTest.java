package com.wagateway.bootstrap.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.domain.model.ProviderCredentials;
import com.wagateway.domain.model.Secret;
import com.wagateway.domain.model.TenantId;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CredentialCipherTest {
  private static final String TOKEN = "test-token-not-real";
  private static final TenantId ACME = new TenantId("acme");
  private final CredentialCipher cipher =
      new CredentialCipher(MasterKey.parse(MasterKey.generate()));

  @Test
  void roundTripsWhapiCredentials() {
    var credentials = new ProviderCredentials.Whapi(Secret.of(TOKEN));

    assertThat(cipher.decrypt(ACME, cipher.encrypt(ACME, credentials))).isEqualTo(credentials);
  }

  @Test
  void roundTripsApiWhatsAppWebCredentials() {
    var credentials =
        new ProviderCredentials.ApiWhatsAppWeb(Secret.of("test-api-key-not-real"), "instance-7");

    assertThat(cipher.decrypt(ACME, cipher.encrypt(ACME, credentials))).isEqualTo(credentials);
  }

  @Test
  void storesVersionedBase64WithoutTheClearToken() {
    String stored = cipher.encrypt(ACME, new ProviderCredentials.Whapi(Secret.of(TOKEN)));

    assertThat(stored).startsWith("v1:").doesNotContain(TOKEN);
    byte[] raw = Base64.getDecoder().decode(stored.substring(3));
    assertThat(raw.length).isGreaterThan(12 + 16);
  }

  @Test
  void usesAFreshIvForEveryEncryption() {
    var credentials = new ProviderCredentials.Whapi(Secret.of(TOKEN));

    String first = cipher.encrypt(ACME, credentials);
    String second = cipher.encrypt(ACME, credentials);

    assertThat(first).isNotEqualTo(second);
    assertThat(iv(first)).isNotEqualTo(iv(second));
  }

  @Test
  void rejectsATamperedCiphertext() {
    String stored = cipher.encrypt(ACME, new ProviderCredentials.Whapi(Secret.of(TOKEN)));
    byte[] raw = Base64.getDecoder().decode(stored.substring(3));
    raw[raw.length - 20] ^= 1;
    String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);

    assertThatThrownBy(() -> cipher.decrypt(ACME, tampered))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("acme")
        .hasMessageNotContaining(tampered.substring(3));
  }

  @Test
  void refusesCiphertextCopiedFromAnotherTenant() {
    String stored = cipher.encrypt(ACME, new ProviderCredentials.Whapi(Secret.of(TOKEN)));

    assertThatThrownBy(() -> cipher.decrypt(new TenantId("other"), stored))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void namesTheMasterKeyWhenDecryptingWithAnotherKey() {
    String stored = cipher.encrypt(ACME, new ProviderCredentials.Whapi(Secret.of(TOKEN)));
    var otherKey = new CredentialCipher(MasterKey.parse(MasterKey.generate()));

    assertThatThrownBy(() -> otherKey.decrypt(ACME, stored))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("gateway.security.master-key")
        .hasMessageNotContaining(TOKEN)
        .hasMessageNotContaining(stored.substring(3));
  }

  @Test
  void rejectsUnversionedOrGarbledValues() {
    assertThatThrownBy(() -> cipher.decrypt(ACME, TOKEN))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageNotContaining(TOKEN);
    assertThatThrownBy(() -> cipher.decrypt(ACME, "v1:%%%"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> cipher.decrypt(ACME, "v1:AAAA"))
        .isInstanceOf(IllegalStateException.class);
  }

  private static String iv(String stored) {
    byte[] raw = Base64.getDecoder().decode(stored.substring(3));
    return Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(raw, 12));
  }
}
