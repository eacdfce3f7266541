package com.wagateway.adapter.apiwhatsappweb;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.requestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderCredentials;
import com.wagateway.domain.model.Secret;
import com.wagateway.domain.model.TenantId;
import java.util.List;

/** The provider as tests drive it: documented answers, failures, and exact request checks. */
final class ProviderStub {
  static final String KEY = "test-key-not-real";
  static final String INSTANCE = "test-instance";

  /** The docs give only "200" for {@code PUT /api/config/sent}: assumed like the other config. */
  static final String WEBHOOK_SET = "{\"success\": \"Webhook actualizado\"}";

  /** Where each webhook kind is set by default: "sent" documented, the others assumed. */
  static final List<String> WEBHOOK_PATHS =
      List.of(
          "/api/config/sent",
          "/api/config/receive",
          "/api/config/status",
          "/api/config/connected",
          "/api/config/disconnected");

  static final ProviderAccount ACCOUNT =
      new ProviderAccount(
          new TenantId("acme"), new ProviderCredentials.ApiWhatsAppWeb(Secret.of(KEY), INSTANCE));

  private final WireMockServer server;

  ProviderStub(WireMockServer server) {
    this.server = server;
    server.resetAll();
  }

  static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  void answers(String method, String path, int status, String body) {
    answers(method, path, json(status, body));
  }

  void answers(String method, String path, ResponseDefinitionBuilder response) {
    server.stubFor(request(method, urlPathEqualTo(path)).willReturn(response));
  }

  void acceptsWebhookRegistrations() {
    WEBHOOK_PATHS.forEach(path -> answers("PUT", path, 200, WEBHOOK_SET));
  }

  /** Each of the five kinds was told {@code url}, once, and nothing else was called. */
  void assertReceivedWebhookUrl(String url) {
    WEBHOOK_PATHS.forEach(path -> assertReceived("PUT", path, "{\"URL\": \"%s\"}".formatted(url)));
    assertThat(server.getAllServeEvents()).hasSize(WEBHOOK_PATHS.size());
  }

  void everyRequestGets(ResponseDefinitionBuilder response) {
    server.stubFor(any(anyUrl()).willReturn(response));
  }

  void everyRequestGets(int status, String body) {
    everyRequestGets(json(status, body));
  }

  void acceptsSends(String path) {
    answers(
        "POST",
        path,
        200,
        """
        {"message": "¡Texto enviado con éxito!", "phone": 573001234567, "messageId": "msg-1"}
        """);
  }

  void rejectsCredentials() {
    everyRequestGets(401, "{\"error\": \"Clave API inválida\"}");
  }

  void failsInternally() {
    everyRequestGets(500, "{\"error\": \"Cuerpo en formato incorrecto\"}");
  }

  void answersGarbage() {
    everyRequestGets(
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "text/html")
            .withBody("<html><body>Maintenance</body></html>"));
  }

  void isTooSlow() {
    everyRequestGets(json(200, "{\"success\": \"Instancia activa\"}").withFixedDelay(3000));
  }

  void resetsConnections() {
    everyRequestGets(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
  }

  /** Exactly one request with this method and path, both headers, JSON type and this body. */
  void assertReceived(String method, String path, String jsonBody) {
    RequestPatternBuilder expected = withHeaders(requestedFor(method, urlPathEqualTo(path)));
    if (jsonBody != null) {
      expected.withRequestBody(equalToJson(jsonBody));
    }
    server.verify(1, expected);
  }

  void assertReceivedNothing() {
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  private static RequestPatternBuilder withHeaders(RequestPatternBuilder pattern) {
    return pattern
        .withHeader("apiKey", equalTo(KEY))
        .withHeader("id", equalTo(INSTANCE))
        .withHeader("Content-Type", matching("application/json(;.*)?"));
  }
}
