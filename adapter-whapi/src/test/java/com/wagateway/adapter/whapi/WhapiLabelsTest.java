package com.wagateway.adapter.whapi;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.wagateway.adapter.whapi.WhapiFixtures.BEARER;
import static com.wagateway.adapter.whapi.WhapiFixtures.MESSAGE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.label.Label;
import com.wagateway.domain.label.LabelColor;
import com.wagateway.domain.label.LabelId;
import com.wagateway.domain.label.Labelled;
import com.wagateway.domain.label.NewLabel;
import com.wagateway.domain.port.Operation;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whapi's {@code Labels} operations, requested exactly as its spec documents them. */
@QuarkusTest
@WithTestResource(WhapiWireMock.class)
class WhapiLabelsTest extends WhapiAdapterTest {
  private static final ReachLog REACHED = ReachLog.of(WhapiLabels.class);

  WhapiLabelsTest() {
    super(REACHED);
  }

  private static final String CHAT = "573001234567@s.whatsapp.net";
  private static final LabelId VIP = new LabelId("7");

  @Inject WhapiLabels labels;

  @Test
  void declaresEveryLabelOperation() {
    assertThat(labels.supportedOperations())
        .containsExactlyInAnyOrder(
            Operation.LABELS_LIST,
            Operation.LABELS_CREATE,
            Operation.LABELS_READ,
            Operation.LABELS_ASSIGN,
            Operation.LABELS_REMOVE);
  }

  @Test
  void listsTheLabelsWithTheirCounts() {
    wireMock.stubFor(
        get("/labels")
            .willReturn(
                okJson(
                    "[{\"id\": \"1\", \"name\": \"New customer\", \"color\": \"lightskyblue\","
                        + " \"count\": 4}, {\"id\": \"7\", \"name\": \"VIP\", \"color\": \"gold\"}]")));

    assertThat(labels.list(WhapiFixtures.account()))
        .containsExactly(
            new Label(new LabelId("1"), "New customer", "lightskyblue", 4),
            new Label(VIP, "VIP", "gold", 0));
    wireMock.verify(
        1, getRequestedFor(urlEqualTo("/labels")).withHeader("Authorization", equalTo(BEARER)));
  }

  @Test
  void aLabelWithoutAnIdIsNotAsDocumented() {
    wireMock.stubFor(
        get("/labels").willReturn(okJson("[{\"name\": \"VIP\", \"color\": \"gold\"}]")));

    WhapiFixtures.failsWith(ErrorCode.PROVIDER_ERROR, () -> labels.list(WhapiFixtures.account()));
  }

  @Test
  void createsALabelWithTheIdNameAndColourGiven() {
    wireMock.stubFor(post("/labels").willReturn(okJson(WhapiFixtures.SUCCESS)));

    labels.create(WhapiFixtures.account(), new NewLabel(VIP, "VIP", LabelColor.LIGHTSKYBLUE));

    wireMock.verify(
        1,
        postRequestedFor(urlEqualTo("/labels"))
            .withHeader("Authorization", equalTo(BEARER))
            .withRequestBody(
                equalToJson("{\"id\": \"7\", \"name\": \"VIP\", \"color\": \"lightskyblue\"}")));
  }

  @Test
  void refusesALabelIdWhapiCannotTakeWithoutCallingIt() {
    WhapiFixtures.failsWith(
        ErrorCode.VALIDATION_FAILED,
        () ->
            labels.create(
                WhapiFixtures.account(), new NewLabel(new LabelId("123"), "X", LabelColor.GOLD)));
    WhapiFixtures.failsWith(
        ErrorCode.NOT_FOUND, () -> labels.labelled(WhapiFixtures.account(), new LabelId("123")));

    assertThat(wireMock.getAllServeEvents()).isEmpty();
  }

  @Test
  void readsTheChatsAndMessagesThatCarryALabel() {
    wireMock.stubFor(
        get("/labels/7")
            .willReturn(
                okJson(
                    "{\"chats\": [{\"id\": \"%s\", \"name\": \"Ana\", \"type\": \"contact\"}],"
                            .formatted(CHAT)
                        + " \"messages\": [{\"id\": \"%s\", \"type\": \"text\", \"chat_id\": \"%s\","
                            .formatted(MESSAGE_ID, CHAT)
                        + " \"from_me\": false, \"timestamp\": 1712995245}]}")));

    Labelled labelled = labels.labelled(WhapiFixtures.account(), VIP);

    assertThat(labelled.chats()).containsExactly(new Labelled.Chat(CHAT, "Ana", "contact"));
    assertThat(labelled.messages())
        .containsExactly(
            new Labelled.Message(
                MESSAGE_ID, CHAT, "text", false, Instant.ofEpochSecond(1712995245)));
  }

  @Test
  void anUnknownLabelIsNotFound() {
    WhapiFixtures.answers(
        wireMock, "GET", "/labels/7", 404, WhapiFixtures.error(404, "Specified label not found"));

    WhapiFixtures.failsWith(
        ErrorCode.NOT_FOUND, () -> labels.labelled(WhapiFixtures.account(), VIP));
  }

  @Test
  void putsALabelOnAChatAndTakesItOff() {
    WhapiFixtures.answers(wireMock, "POST", "/labels/7/" + CHAT, 200, WhapiFixtures.SUCCESS);
    WhapiFixtures.answers(wireMock, "DELETE", "/labels/7/" + CHAT, 200, WhapiFixtures.SUCCESS);

    labels.labelChat(WhapiFixtures.account(), VIP, CHAT);
    labels.unlabelChat(WhapiFixtures.account(), VIP, CHAT);

    wireMock.verify(
        1,
        postRequestedFor(urlEqualTo("/labels/7/" + CHAT))
            .withHeader("Authorization", equalTo(BEARER)));
    wireMock.verify(
        1,
        deleteRequestedFor(urlEqualTo("/labels/7/" + CHAT))
            .withHeader("Authorization", equalTo(BEARER)));
  }

  @Test
  void aChatThatHasTheLabelAlreadyKeepsItWithoutAFailure() {
    WhapiFixtures.answers(
        wireMock,
        "POST",
        "/labels/7/" + CHAT,
        409,
        WhapiFixtures.error(409, "Label association already exists"));

    labels.labelChat(WhapiFixtures.account(), VIP, CHAT);

    wireMock.verify(1, postRequestedFor(urlEqualTo("/labels/7/" + CHAT)));
  }

  /**
   * The spec types {@code AssociationID} as a {@code ChatID} although it describes it as "Chat ID
   * or Message ID": a message id cannot pass its pattern, so only that finding is tolerated here.
   */
  @Test
  void putsALabelOnAMessageAndTakesItOff() {
    WhapiFixtures.answers(wireMock, "POST", "/labels/7/" + MESSAGE_ID, 200, WhapiFixtures.SUCCESS);
    WhapiFixtures.answers(
        wireMock, "DELETE", "/labels/7/" + MESSAGE_ID, 200, WhapiFixtures.SUCCESS);

    labels.labelMessage(WhapiFixtures.account(), VIP, MESSAGE_ID);
    labels.unlabelMessage(WhapiFixtures.account(), VIP, MESSAGE_ID);

    wireMock.verify(
        1,
        postRequestedFor(urlEqualTo("/labels/7/" + MESSAGE_ID))
            .withHeader("Authorization", equalTo(BEARER)));
    wireMock.verify(
        1,
        deleteRequestedFor(urlEqualTo("/labels/7/" + MESSAGE_ID))
            .withHeader("Authorization", equalTo(BEARER)));
    assertThat(
            wireMock.getAllServeEvents().stream()
                .flatMap(e -> WhapiOpenApi.errors(WhapiOpenApi.toRequest(e.getRequest())).stream()))
        .allSatisfy(
            error ->
                assertThat(error)
                    .contains("regex \"^[\\d-]{10,31}@")
                    .endsWith("does not match input string \"" + MESSAGE_ID + "\""))
        .hasSize(2);
    wireMock.resetRequests();
  }

  @ParameterizedTest(name = "removal answered {0} becomes {1}")
  @CsvSource({
    "404, NOT_FOUND",
    "401, PROVIDER_AUTH_FAILED",
    "400, PROVIDER_REJECTED",
    "500, PROVIDER_ERROR"
  })
  void mapsEveryFailedRemoval(int status, ErrorCode code) {
    WhapiFixtures.answers(
        wireMock, "DELETE", "/labels/7/" + CHAT, status, WhapiFixtures.error(status, "no"));

    WhapiFixtures.failsWith(code, () -> labels.unlabelChat(WhapiFixtures.account(), VIP, CHAT));
  }
}
