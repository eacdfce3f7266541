package com.wagateway.application.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.domain.error.InvalidValueException;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SigningSecretTest {

  private static String whsec(int bytes) {
    return SigningSecret.PREFIX + Base64.getEncoder().encodeToString(new byte[bytes]);
  }

  @Test
  void aGeneratedSecretRoundTripsThroughParse() {
    SigningSecret generated = SigningSecret.generate();

    SigningSecret parsed = SigningSecret.parse(generated.reveal(), "secret");

    assertThat(generated.reveal()).startsWith("whsec_");
    assertThat(parsed.reveal()).isEqualTo(generated.reveal());
    assertThat(parsed.key()).isEqualTo(generated.key());
    assertThat(WebhookSignature.sign(parsed, "msg_1", 1, "{}"))
        .isEqualTo(WebhookSignature.sign(generated, "msg_1", 1, "{}"));
  }

  @Test
  void aGeneratedSecretHasA32ByteKeyAndIsNewEachTime() {
    SigningSecret one = SigningSecret.generate();
    SigningSecret two = SigningSecret.generate();

    assertThat(one.key()).hasSize(32);
    assertThat(Base64.getDecoder().decode(one.reveal().substring(6))).isEqualTo(one.key());
    assertThat(one.reveal()).isNotEqualTo(two.reveal());
  }

  @Test
  void acceptsKeysOf24To64Bytes() {
    assertThat(SigningSecret.parse(whsec(24), "secret").key()).hasSize(24);
    assertThat(SigningSecret.parse(whsec(64), "secret").key()).hasSize(64);
  }

  @Test
  void refusesAValueWithoutTheWhsecPrefixNamingTheField() {
    assertThatThrownBy(() -> SigningSecret.parse("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "secret"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("secret"));
    assertThatThrownBy(() -> SigningSecret.parse(null, "signingSecret"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("signingSecret"));
  }

  @Test
  void refusesAValueThatIsNotBase64NamingTheField() {
    assertThatThrownBy(() -> SigningSecret.parse("whsec_not*base64!at#all$", "secret"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.field()).isEqualTo("secret");
              assertThat(e.getMessage()).doesNotContain("not*base64");
            });
  }

  @Test
  void refusesKeysShorterThan24OrLongerThan64BytesNamingTheField() {
    assertThatThrownBy(() -> SigningSecret.parse(whsec(23), "secret"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("secret"));
    assertThatThrownBy(() -> SigningSecret.parse(whsec(65), "secret"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("secret"));
    assertThatThrownBy(() -> SigningSecret.parse("whsec_", "secret"))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void toStringNeverShowsTheSecret() {
    SigningSecret secret = SigningSecret.parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "secret");

    assertThat(secret.toString())
        .doesNotContain("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        .doesNotContain("whsec_");
    assertThat(SigningSecret.generate().toString()).isEqualTo(secret.toString());
  }
}
