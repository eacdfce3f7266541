package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Downloads and uploads through the provider's media store, end to end. */
@QuarkusTest
class MediaEndToEndTest extends GatewayTest {
  private static final String BEARER = "Bearer " + ProviderStubs.WHAPI_TOKEN;
  private static final String ID = "png-4f1a8c2e-9b7d-4c11";
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 7};
  private static final String SENT =
      "{\"sent\": true, \"message\": {\"id\": \"wamid-7\", \"status\": \"sent\"}}";

  private static RequestSpecification raw(String apiKey) {
    return given().header("Authorization", "Bearer " + apiKey);
  }

  private static void whapiServes(String id, int status, String type, byte[] body) {
    providers()
        .stubFor(
            get("/media/" + id)
                .withHeader("Authorization", WireMock.equalTo(BEARER))
                .willReturn(
                    aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", type)
                        .withHeader("Content-Length", String.valueOf(body.length))
                        .withHeader("Content-Disposition", "attachment; filename=\"logo.png\"")
                        .withBody(body)));
  }

  @Test
  void streamsTheFileWithItsTypeLengthAndName() {
    whapiServes(ID, 200, "image/png", PNG);

    byte[] body =
        raw(ProviderStubs.WHAPI_KEY)
            .get(whapi("/media/" + ID))
            .then()
            .statusCode(200)
            .contentType("image/png")
            .header("Content-Length", String.valueOf(PNG.length))
            .header("Content-Disposition", "attachment; filename=\"logo.png\"")
            .extract()
            .asByteArray();

    assertThat(body).isEqualTo(PNG);
  }

  @Test
  void answers404ForAMediaIdWhapiDoesNotKnow() {
    whapiServes(
        ID,
        404,
        "application/json",
        "{\"error\":{\"code\":404,\"message\":\"not found\"}}".getBytes());

    raw(ProviderStubs.WHAPI_KEY)
        .get(whapi("/media/" + ID))
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("NOT_FOUND"))
        .body("provider", equalTo("whapi"));
  }

  @Test
  void answers404ForAnIdThatCannotBeAWhapiMediaIdWithoutAskingWhapi() {
    raw(ProviderStubs.WHAPI_KEY)
        .get(whapi("/media/no_dash_here"))
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("NOT_FOUND"));

    assertThat(providers().getAllServeEvents()).isEmpty();
  }

  @Test
  void answers400ForAnIdWithCharactersNoProviderUses() {
    raw(ProviderStubs.WHAPI_KEY)
        .get(whapi("/media/a;b"))
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("violations[0].field", equalTo("mediaId"));
  }

  @Test
  void refusesAnotherTenantsKey() {
    raw(ProviderStubs.AWWW_KEY).get(whapi("/media/" + ID)).then().statusCode(403);
    raw(ProviderStubs.AWWW_KEY)
        .contentType("image/png")
        .body(PNG)
        .post(whapi("/media"))
        .then()
        .statusCode(403);

    assertThat(providers().getAllServeEvents()).isEmpty();
  }

  @Test
  void answers501OnApiWhatsAppWebWithoutCallingIt() {
    raw(ProviderStubs.AWWW_KEY)
        .get(awww("/media/" + ID))
        .then()
        .statusCode(501)
        .body("code", equalTo("CAPABILITY_NOT_SUPPORTED"))
        .body("provider", equalTo("apiwhatsappweb"));
    raw(ProviderStubs.AWWW_KEY)
        .contentType("image/png")
        .body(PNG)
        .post(awww("/media"))
        .then()
        .statusCode(501)
        .body("code", equalTo("CAPABILITY_NOT_SUPPORTED"));

    assertThat(providers().getAllServeEvents()).isEmpty();
  }

  @Test
  void uploadsARawBodyAndSendsItByItsId() {
    providers().stubFor(post("/media").willReturn(okJson("{\"media\":[{\"id\":\"" + ID + "\"}]}")));
    providers().stubFor(post("/messages/image").willReturn(okJson(SENT)));

    String mediaId =
        raw(ProviderStubs.WHAPI_KEY)
            .contentType("image/png")
            .body(PNG)
            .post(whapi("/media"))
            .then()
            .statusCode(201)
            .header("Location", endsWith(whapi("/media/" + ID)))
            .body("mediaId", equalTo(ID))
            .body("mimeType", equalTo("image/png"))
            .body("sizeBytes", equalTo(PNG.length))
            .body("downloadUrl", endsWith(whapi("/media/" + ID)))
            .extract()
            .path("mediaId");

    asWhapiTenant()
        .body("{\"to\": \"573001234567\", \"media\": {\"id\": \"" + mediaId + "\"}}")
        .post(whapi("/messages/image"))
        .then()
        .statusCode(200)
        .body("providerMessageId", equalTo("wamid-7"));

    providers()
        .verify(
            postRequestedFor(urlEqualTo("/media"))
                .withHeader("Authorization", WireMock.equalTo(BEARER))
                .withHeader("Content-Type", WireMock.equalTo("image/png"))
                .withRequestBody(binaryEqualTo(PNG)));
    providers()
        .verify(
            postRequestedFor(urlEqualTo("/messages/image"))
                .withRequestBody(matchingJsonPath("$.media", WireMock.equalTo(ID))));
  }

  @Test
  void uploadsTheFilePartOfAMultipartForm() {
    providers().stubFor(post("/media").willReturn(okJson("{\"media\":[{\"id\":\"" + ID + "\"}]}")));

    raw(ProviderStubs.WHAPI_KEY)
        .multiPart("file", "logo.png", PNG, "image/png")
        .post(whapi("/media"))
        .then()
        .statusCode(201)
        .body("mediaId", equalTo(ID))
        .body("mimeType", equalTo("image/png"))
        .body("sizeBytes", equalTo(PNG.length));

    providers()
        .verify(
            postRequestedFor(urlEqualTo("/media"))
                .withHeader("Content-Type", WireMock.equalTo("image/png"))
                .withRequestBody(binaryEqualTo(PNG)));
  }

  @Test
  void refusesAMultipartFormWithoutAFilePart() {
    raw(ProviderStubs.WHAPI_KEY)
        .multiPart("other", "x")
        .post(whapi("/media"))
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("violations[0].field", equalTo("file"));

    assertThat(providers().getAllServeEvents()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"image/*", "*/*"})
  void refusesAnUploadWithoutAConcreteContentType(String type) {
    raw(ProviderStubs.WHAPI_KEY)
        .contentType(type)
        .body(PNG)
        .post(whapi("/media"))
        .then()
        .statusCode(400)
        .body("code", equalTo("VALIDATION_FAILED"));

    assertThat(providers().getAllServeEvents()).isEmpty();
  }

  @Test
  void refusesAnUploadOverTheBodyLimitWith413() {
    byte[] tooLarge = new byte[ProviderStubs.MAX_BODY_BYTES + 1];

    raw(ProviderStubs.WHAPI_KEY)
        .contentType("video/mp4")
        .body(tooLarge)
        .post(whapi("/media"))
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("code", equalTo("PAYLOAD_TOO_LARGE"));

    assertThat(providers().getAllServeEvents()).isEmpty();
  }
}
