package com.wagateway.application.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
  // The test vector published with the Standard Webhooks specification.
  private static final SigningSecret SECRET =
      SigningSecret.parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "secret");
  private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  private static final long TIMESTAMP = 1614265330L;
  private static final String BODY = "{\"test\": 2432232314}";
  private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

  @Test
  void signsTheStandardWebhooksTestVector() {
    assertThat(WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY)).isEqualTo(SIGNATURE);
  }

  @Test
  void verifiesTheTestVectorSignature() {
    assertThat(WebhookSignature.verify(SECRET, ID, TIMESTAMP, BODY, SIGNATURE)).isTrue();
  }

  @Test
  void acceptsOurSignatureAmongSeveralSpaceSeparatedOnes() {
    String header =
        "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= "
            + SIGNATURE
            + " v1a,hnO3f9T8Ytu9HwrXslvumlUpqtNVqkhqw/enGzPCXe5BdqzCInXqYXFymVJaA7AZdpXwVLPo3mNl8EM+m7TBAg==";

    assertThat(WebhookSignature.verify(SECRET, ID, TIMESTAMP, BODY, header)).isTrue();
  }

  @Test
  void rejectsAChangedBody() {
    assertThat(WebhookSignature.verify(SECRET, ID, TIMESTAMP, "{\"test\": 2432232315}", SIGNATURE))
        .isFalse();
  }

  @Test
  void rejectsAChangedId() {
    assertThat(
            WebhookSignature.verify(
                SECRET, "msg_p5jXN8AQM9LWM0D4loKWxJeX", TIMESTAMP, BODY, SIGNATURE))
        .isFalse();
  }

  @Test
  void rejectsAChangedTimestamp() {
    assertThat(WebhookSignature.verify(SECRET, ID, TIMESTAMP + 1, BODY, SIGNATURE)).isFalse();
  }

  @Test
  void rejectsASignatureMadeWithAnotherSecret() {
    SigningSecret other = SigningSecret.generate();

    assertThat(WebhookSignature.verify(other, ID, TIMESTAMP, BODY, SIGNATURE)).isFalse();
    assertThat(
            WebhookSignature.verify(
                SECRET, ID, TIMESTAMP, BODY, WebhookSignature.sign(other, ID, TIMESTAMP, BODY)))
        .isFalse();
  }

  @Test
  void rejectsAMissingOrMalformedHeader() {
    assertThat(WebhookSignature.verify(SECRET, ID, TIMESTAMP, BODY, null)).isFalse();
    assertThat(WebhookSignature.verify(SECRET, ID, TIMESTAMP, BODY, "")).isFalse();
    assertThat(WebhookSignature.verify(SECRET, ID, TIMESTAMP, BODY, SIGNATURE.substring(3)))
        .isFalse();
  }
}
