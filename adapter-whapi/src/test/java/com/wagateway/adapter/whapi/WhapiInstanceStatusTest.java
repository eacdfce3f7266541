package com.wagateway.adapter.whapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.wagateway.adapter.whapi.WhapiFixtures.BEARER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.error.GatewayException;
import com.wagateway.domain.instance.ConnectionState;
import com.wagateway.domain.instance.InstanceState;
import com.wagateway.domain.instance.LinkedNumber;
import com.wagateway.domain.instance.QrCode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Health, QR code and logout go to Whapi as documented, and their answers map as documented. */
@QuarkusTest
@WithTestResource(WhapiWireMock.class)
class WhapiInstanceStatusTest extends WhapiAdapterTest {
  private static final ReachLog REACHED = ReachLog.of(WhapiInstanceStatus.class);

  WhapiInstanceStatusTest() {
    super(REACHED);
  }

  private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2};

  @Inject WhapiApi api;
  private WhapiInstanceStatus instance;

  @BeforeEach
  void resetFixtures() {
    instance = new WhapiInstanceStatus(api, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private void healthSays(String text) {
    wireMock.stubFor(get(urlPathEqualTo("/health")).willReturn(okJson(WhapiFixtures.health(text))));
  }

  private void healthSaysWithUser(String text, String userMembers) {
    wireMock.stubFor(
        get(urlPathEqualTo("/health")).willReturn(okJson(WhapiFixtures.health(text, userMembers))));
  }

  private void loginAnswers(String json) {
    wireMock.stubFor(get(urlPathEqualTo("/users/login")).willReturn(okJson(json)));
  }

  private static void assertProviderError(Runnable call) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            GatewayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_ERROR));
  }

  @Test
  void asksForHealthWithoutWakingTheChannel() {
    healthSays("AUTH");

    InstanceState state = instance.status(WhapiFixtures.account());

    assertThat(state).isEqualTo(new InstanceState(ConnectionState.CONNECTED, "AUTH", NOW));
    wireMock.verify(
        1,
        getRequestedFor(urlEqualTo("/health?wakeup=false"))
            .withHeader("Authorization", equalTo(BEARER)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "AUTH, CONNECTED",
    "QR, QR_REQUIRED",
    "INIT, CONNECTING",
    "LAUNCH, CONNECTING",
    "NOT_INIT, DISCONNECTED",
    "STOP, DISCONNECTED",
    "ERROR, ERROR",
    "SYNC_ERROR, ERROR",
    "SOMETHING_NEW, UNKNOWN"
  })
  void mapsTheHealthStatusTextToAConnectionState(String text, ConnectionState expected) {
    healthSays(text);

    InstanceState state = instance.status(WhapiFixtures.account());

    assertThat(state.state()).isEqualTo(expected);
    assertThat(state.providerState()).isEqualTo(text);
  }

  @Test
  void readsTheLinkedNumberAndNameFromTheHealthUser() {
    healthSaysWithUser(
        "AUTH",
        "\"id\":\"15550001234\",\"name\":\"Demo Store\",\"pushname\":\"Demo\","
            + "\"is_business\":true,\"profile_pic\":\"https://pps.example/pic.jpg\"");

    InstanceState state = instance.status(WhapiFixtures.account());

    assertThat(state)
        .isEqualTo(
            new InstanceState(
                ConnectionState.CONNECTED,
                "AUTH",
                NOW,
                new LinkedNumber("15550001234", "Demo Store")));
  }

  @Test
  void fallsBackToThePushnameWhenTheUserHasNoName() {
    healthSaysWithUser("AUTH", "\"id\":\"15550001234\",\"pushname\":\"Demo\"");

    assertThat(instance.status(WhapiFixtures.account()).linked())
        .isEqualTo(new LinkedNumber("15550001234", "Demo"));
  }

  @Test
  void knowsTheNumberWithoutAnyName() {
    healthSaysWithUser("AUTH", "\"id\":\"15550001234\"");

    assertThat(instance.status(WhapiFixtures.account()).linked())
        .isEqualTo(new LinkedNumber("15550001234", null));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no id | \"name\":\"Demo Store\"",
        "an id that is no number | \"id\":\"demo\",\"name\":\"Demo Store\""
      })
  void readsNoLinkedNumberFromAUserWithoutAPhoneId(String why, String user) {
    healthSaysWithUser("AUTH", user);

    InstanceState state = instance.status(WhapiFixtures.account());

    assertThat(state.state()).isEqualTo(ConnectionState.CONNECTED);
    assertThat(state.linked()).isNull();
  }

  @Test
  void readsNoLinkedNumberWhenTheHealthHasNoUser() {
    healthSays("AUTH");

    assertThat(instance.status(WhapiFixtures.account()).linked()).isNull();
  }

  @Test
  void readsNoLinkedNumberUnlessConnected() {
    healthSaysWithUser("QR", "\"id\":\"15550001234\",\"name\":\"Demo Store\"");

    InstanceState state = instance.status(WhapiFixtures.account());

    assertThat(state.state()).isEqualTo(ConnectionState.QR_REQUIRED);
    assertThat(state.linked()).isNull();
  }

  @Test
  void mapsHealthWithoutStatusTextToProviderError() {
    wireMock.stubFor(get(urlPathEqualTo("/health")).willReturn(okJson("{\"uptime\":78}")));

    assertProviderError(() -> instance.status(WhapiFixtures.account()));
  }

  @Test
  void asksForTheQrWakingTheChannelAndDecodesTheDataUri() {
    String dataUri = "data:image/png;base64," + Base64.getEncoder().encodeToString(PNG);
    loginAnswers("{\"status\":\"OK\",\"base64\":\"%s\",\"expire\":20}".formatted(dataUri));

    QrCode qr = instance.qr(WhapiFixtures.account());

    assertThat(qr).isEqualTo(new QrCode(PNG, 20));
    wireMock.verify(
        1,
        getRequestedFor(urlEqualTo("/users/login?wakeup=true"))
            .withHeader("Authorization", equalTo(BEARER)));
  }

  @Test
  void decodesAQrWithoutDataUriPrefixOrExpiry() {
    loginAnswers(
        "{\"status\":\"OK\",\"base64\":\"%s\"}".formatted(Base64.getEncoder().encodeToString(PNG)));

    assertThat(instance.qr(WhapiFixtures.account())).isEqualTo(new QrCode(PNG, null));
  }

  @Test
  void mapsAQrAnswerWithoutImageToProviderError() {
    loginAnswers("{\"status\":\"TIMEOUT\"}");

    assertProviderError(() -> instance.qr(WhapiFixtures.account()));
  }

  @Test
  void mapsAQrThatIsNotBase64ToProviderError() {
    loginAnswers("{\"status\":\"OK\",\"base64\":\"data:image/png;base64,@@not-base64@@\"}");

    assertProviderError(() -> instance.qr(WhapiFixtures.account()));
  }

  @Test
  void logsOutWithAnEmptyPost() {
    wireMock.stubFor(post("/users/logout").willReturn(okJson(WhapiFixtures.SUCCESS)));

    instance.logout(WhapiFixtures.account());

    wireMock.verify(
        1,
        postRequestedFor(urlEqualTo("/users/logout"))
            .withHeader("Authorization", equalTo(BEARER))
            .withRequestBody(absent()));
  }

  @Test
  void treatsAlreadyLoggedOutAsSuccess() {
    wireMock.stubFor(
        post("/users/logout")
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withHeader("Content-Type", "application/json")
                    .withBody(WhapiFixtures.error(409, "Channel already logged out"))));

    instance.logout(WhapiFixtures.account());

    wireMock.verify(1, postRequestedFor(urlEqualTo("/users/logout")));
  }

  @Test
  void mapsAFailedLogoutToProviderError() {
    wireMock.stubFor(
        post("/users/logout")
            .willReturn(
                aResponse().withStatus(500).withBody(WhapiFixtures.error(500, "Internal error"))));

    assertProviderError(() -> instance.logout(WhapiFixtures.account()));
  }
}
