package com.wagateway.adapter.whapi;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.wagateway.adapter.whapi.WhapiFixtures.BEARER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.error.GatewayException;
import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.error.ResourceNotFoundException;
import com.wagateway.domain.providerapi.ProviderReply;
import com.wagateway.domain.providerapi.ProviderRequest;
import com.wagateway.domain.providerapi.ProviderRequest.HttpMethod;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Whapi's own operations, passed through once checked against its OpenAPI document. */
@QuarkusTest
@WithTestResource(WhapiWireMock.class)
class WhapiProviderApiTest {
  private static final String GROUP = "120363194020948049@g.us";

  @InjectWhapiMock WireMockServer wireMock;
  @Inject WhapiProviderApi api;

  @BeforeEach
  void resetProvider() {
    wireMock.resetAll();
  }

  @AfterEach
  void everyRequestMatchesWhapisOpenApi() {
    WhapiOpenApi.assertAllRequestsValid(wireMock);
  }

  private ProviderReply call(HttpMethod method, String path, Map<String, List<String>> query) {
    return call(method, path, query, null);
  }

  private ProviderReply call(
      HttpMethod method, String path, Map<String, List<String>> query, String json) {
    ProviderRequest request =
        new ProviderRequest(
            method,
            path,
            query,
            json == null ? null : "application/json",
            json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    api.resolve(WhapiFixtures.account().tenantId(), request);
    return method.onlyReads()
        ? api.read(WhapiFixtures.account(), request)
        : api.change(WhapiFixtures.account(), request);
  }

  @Test
  void forwardsAGetWithItsQueryAndPassesTheAnswerBackAsItCame() {
    String groups = "{\"communities\":[],\"count\":0,\"total\":0}";
    wireMock.stubFor(get(urlPathEqualTo("/communities")).willReturn(okJson(groups)));

    ProviderReply reply =
        call(
            HttpMethod.GET, "/communities", Map.of("count", List.of("10"), "offset", List.of("5")));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("application/json");
    assertThat(new String(reply.body(), StandardCharsets.UTF_8)).isEqualTo(groups);
    wireMock.verify(
        getRequestedFor(urlPathEqualTo("/communities"))
            .withQueryParam("count", equalTo("10"))
            .withQueryParam("offset", equalTo("5"))
            .withHeader("Authorization", equalTo(BEARER)));
  }

  @Test
  void forwardsAPostWithItsBodyUnchanged() {
    String body = "{\"subject\":\"Team\",\"participants\":[\"14155552671\"]}";
    String community = "/communities/" + GROUP; // a group created in a community
    wireMock.stubFor(post(community).willReturn(okJson("{\"group_id\":\"" + GROUP + "\"}")));

    call(HttpMethod.POST, community, Map.of(), body);

    wireMock.verify(
        postRequestedFor(urlEqualTo(community))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(equalToJson(body)));
  }

  @Test
  void forwardsAPatchOfAnotherFamily() {
    String path = "/newsletters/120363171744447809@newsletter";
    wireMock.stubFor(patch(path).willReturn(okJson("{\"id\":\"120363171744447809@newsletter\"}")));

    call(HttpMethod.PATCH, path, Map.of(), "{\"name\":\"News\"}");

    wireMock.verify(
        patchRequestedFor(urlEqualTo(path)).withRequestBody(equalToJson("{\"name\":\"News\"}")));
  }

  @Test
  void forwardsADeleteWithItsPathParameterAndNoBody() {
    String community = "/communities/" + GROUP;
    wireMock.stubFor(delete(community).willReturn(okJson(WhapiFixtures.SUCCESS)));

    call(HttpMethod.DELETE, community, Map.of());

    wireMock.verify(deleteRequestedFor(urlEqualTo(community)).withRequestBody(absent()));
  }

  @Test
  void refusesABodyThatBreaksTheSpecNamingTheFieldWithoutCallingWhapi() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson(WhapiFixtures.SUCCESS)));

    String badParticipant = "{\"subject\":\"Team\",\"participants\":[\"14155552671\",7]}";
    assertThatThrownBy(
            () -> call(HttpMethod.POST, "/communities/" + GROUP, Map.of(), badParticipant))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("participants[1]"));
    assertThatThrownBy(
            () ->
                call(
                    HttpMethod.POST,
                    "/communities/" + GROUP,
                    Map.of(),
                    "{\"subject\":5,\"participants\":[\"14155552671\"]}"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("subject"));
    assertThat(wireMock.getAllServeEvents()).isEmpty();
  }

  @Test
  void refusesAWrongGroupIdShapeNamingTheParameter() {
    assertThatThrownBy(() -> call(HttpMethod.DELETE, "/communities/not-a-group", Map.of()))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("CommunityID"));
  }

  @Test
  void refusesAMissingBodyAndAnOutOfRangeQueryParameter() {
    assertThatThrownBy(() -> call(HttpMethod.POST, "/communities", Map.of()))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("body"));
    assertThatThrownBy(() -> call(HttpMethod.GET, "/communities", Map.of("count", List.of("9999"))))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("count"));
  }

  @Test
  void anUnknownPathOrMethodOrAnEscapingSegmentNamesNoOperation() {
    assertThatThrownBy(() -> call(HttpMethod.GET, "/nothing/here", Map.of()))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> call(HttpMethod.PATCH, "/communities", Map.of(), "{}"))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> call(HttpMethod.GET, "/communities/%2E%2E/settings", Map.of()))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThat(wireMock.getAllServeEvents()).isEmpty();
  }

  @Test
  void anOperationTheUnifiedApiOffersIsNotPassedThrough() {
    assertThatThrownBy(
            () ->
                call(
                    HttpMethod.POST,
                    "/messages/text",
                    Map.of(),
                    "{\"to\":\"14155552671\",\"body\":\"hi\"}"))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessageContaining("unified API");
  }

  @Test
  void reachesOperationsOnlyTheSeedReferenceLists() {
    wireMock.stubFor(get("/users/gdpr").willReturn(okJson("{\"status\":\"pending\"}")));

    ProviderReply reply = call(HttpMethod.GET, "/users/gdpr", Map.of());

    assertThat(new String(reply.body(), StandardCharsets.UTF_8)).contains("pending");
  }

  @Test
  void whapisRefusalBecomesTheDomainFailure() {
    wireMock.stubFor(
        get("/communities/" + GROUP)
            .willReturn(notFound().withBody(WhapiFixtures.error(404, "community not found"))));

    assertThatThrownBy(() -> call(HttpMethod.GET, "/communities/" + GROUP, Map.of()))
        .isInstanceOfSatisfying(
            GatewayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
  }
}
