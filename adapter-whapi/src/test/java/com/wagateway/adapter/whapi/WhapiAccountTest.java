package com.wagateway.adapter.whapi;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.wagateway.adapter.whapi.WhapiFixtures.BEARER;
import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.domain.contact.ContactId;
import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.port.Operation;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whapi's account operations of the {@code Users} family, requested as documented. */
@QuarkusTest
@WithTestResource(WhapiWireMock.class)
class WhapiAccountTest extends WhapiAdapterTest {
  private static final ReachLog REACHED = ReachLog.of(WhapiAccount.class);

  WhapiAccountTest() {
    super(REACHED);
  }

  private static final ContactId PHONE = new ContactId("573001234567");
  private static final String LOGIN_PATH = "/users/login/573001234567";

  @Inject WhapiAccount accounts;

  @Test
  void declaresEveryAccountOperation() {
    assertThat(accounts.supportedOperations())
        .isEqualTo(
            EnumSet.of(
                Operation.ACCOUNT_PAIRING_CODE, Operation.ACCOUNT_ABOUT, Operation.ACCOUNT_INFO));
  }

  @Test
  void asksForAPairingCodeByPhoneNumber() {
    WhapiFixtures.answers(wireMock, "GET", LOGIN_PATH, 200, "{\"code\": \"123-456\"}");

    assertThat(accounts.pairingCode(WhapiFixtures.account(), PHONE).code()).isEqualTo("123-456");
    wireMock.verify(
        getRequestedFor(urlEqualTo(LOGIN_PATH)).withHeader("Authorization", equalTo(BEARER)));
  }

  @Test
  void anAlreadyLinkedChannelIsAConflictAndAnAnswerWithoutCodeAProviderError() {
    WhapiFixtures.answers(wireMock, "GET", LOGIN_PATH, 409, WhapiFixtures.error(409, "linked"));
    WhapiFixtures.failsWith(
        ErrorCode.INSTANCE_STATE_CONFLICT,
        () -> accounts.pairingCode(WhapiFixtures.account(), PHONE));

    WhapiFixtures.answers(wireMock, "GET", LOGIN_PATH, 200, "{}");
    WhapiFixtures.failsWith(
        ErrorCode.PROVIDER_ERROR, () -> accounts.pairingCode(WhapiFixtures.account(), PHONE));
  }

  @Test
  void changesTheAboutText() {
    WhapiFixtures.answers(wireMock, "PUT", "/status", 200, WhapiFixtures.SUCCESS);

    accounts.setAbout(WhapiFixtures.account(), "Open 8-18h");

    wireMock.verify(
        putRequestedFor(urlEqualTo("/status"))
            .withHeader("Authorization", equalTo(BEARER))
            .withRequestBody(equalToJson("{\"status\": \"Open 8-18h\"}")));
  }

  @Test
  void aRefusedAboutChangeIsAProviderError() {
    WhapiFixtures.answers(wireMock, "PUT", "/status", 200, "{\"success\": false}");

    WhapiFixtures.failsWith(
        ErrorCode.PROVIDER_ERROR, () -> accounts.setAbout(WhapiFixtures.account(), "x"));
  }

  @Test
  void keepsTheAccountInformationAsItCame() {
    WhapiFixtures.answers(
        wireMock,
        "GET",
        "/users/info",
        200,
        "{\"plan\": \"trial\", \"limits\": {\"messages\": 150}}");

    assertThat(accounts.info(WhapiFixtures.account()).details())
        .isEqualTo(Map.of("plan", "trial", "limits", Map.of("messages", 150)));
    wireMock.verify(
        getRequestedFor(urlEqualTo("/users/info")).withHeader("Authorization", equalTo(BEARER)));

    WhapiFixtures.answers(wireMock, "GET", "/users/info", 200, "[1]");
    WhapiFixtures.failsWith(ErrorCode.PROVIDER_ERROR, () -> accounts.info(WhapiFixtures.account()));
  }
}
