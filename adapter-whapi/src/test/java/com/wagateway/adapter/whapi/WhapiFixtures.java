package com.wagateway.adapter.whapi;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.error.GatewayException;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderCredentials;
import com.wagateway.domain.model.Secret;
import com.wagateway.domain.model.TenantId;
import java.net.URI;
import java.time.Duration;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Fake credentials and Whapi answers shaped like the OpenAPI 1.8.7 examples. */
final class WhapiFixtures {
  static final String TOKEN = "test-token-not-real";
  static final String BEARER = "Bearer " + TOKEN;
  static final String MESSAGE_ID = "PsobWy36679._7w-wKmB9tMeGQ";
  static final String SUCCESS = "{\"success\":true}";

  private WhapiFixtures() {}

  static ProviderAccount account() {
    return new ProviderAccount(
        new TenantId("acme"), new ProviderCredentials.Whapi(Secret.of(TOKEN)));
  }

  /** Nothing listens on port 1, so every call is refused. */
  static WhapiApi unreachableApi() {
    return WhapiApi.forUrl(
        URI.create("http://127.0.0.1:1"), Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  static String sentMessage(String id, String status) {
    return """
        {"sent":true,"message":{"id":"%s","type":"text","chat_id":"573001234567@s.whatsapp.net",
         "from_me":true,"timestamp":1712995245,"source":"api","status":"%s"}}
        """
        .formatted(id, status);
  }

  static String error(int code, String message) {
    return """
        {"error":{"code":%d,"message":"%s"}}
        """
        .formatted(code, message);
  }

  static String health(String text) {
    return """
        {"channel_id":"MANTIS-M72HC","start_at":1713774883,"uptime":78,
         "version":"1.8.7","status":{"code":4,"text":"%s"}}
        """
        .formatted(text);
  }

  /** {@code Health} with {@code user}, a {@code Contact} given as its JSON members. */
  static String health(String text, String userMembers) {
    return """
        {"channel_id":"MANTIS-M72HC","start_at":1713774883,"uptime":78,
         "version":"1.8.7","status":{"code":4,"text":"%s"},"user":{%s}}
        """
        .formatted(text, userMembers);
  }

  /** {@code UpdateSettings}, Whapi's answer to {@code PATCH /settings}. */
  static String settingsUpdated() {
    return """
        {"before_update":{"callback_persist":true,"webhooks":[]},
         "after_update":{"callback_persist":true,
                         "webhooks":[{"url":"https://a.example","mode":"body"}]},
         "changes":["webhooks"]}
        """;
  }

  /** {@code UploadMediaResponse}, Whapi's answer to {@code POST /media}. */
  static String uploaded(String mediaId) {
    return """
        {"media":[{"id":"%s"}]}
        """
        .formatted(mediaId);
  }

  /** {@code wireMock} answers {@code method path} with {@code status} and a JSON body. */
  static void answers(
      WireMockServer wireMock, String method, String path, int status, String body) {
    wireMock.stubFor(
        WireMock.request(method, WireMock.urlEqualTo(path))
            .willReturn(
                WireMock.aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body)));
  }

  /** {@code wireMock} received exactly one JSON POST of {@code json} to {@code path}. */
  static void assertPosted(WireMockServer wireMock, String path, String json) {
    wireMock.verify(
        1,
        WireMock.postRequestedFor(WireMock.urlEqualTo(path))
            .withHeader("Authorization", WireMock.equalTo(BEARER))
            .withHeader("Content-Type", WireMock.equalTo("application/json"))
            .withRequestBody(WireMock.equalToJson(json)));
  }

  /** {@code call} fails with the domain failure {@code code}. */
  static void failsWith(ErrorCode code, ThrowingCallable call) {
    Assertions.assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            GatewayException.class, e -> Assertions.assertThat(e.code()).isEqualTo(code));
  }
}
