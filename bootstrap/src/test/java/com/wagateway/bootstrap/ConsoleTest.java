package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.wagateway.bootstrap.ConsoleClient.COOKIE;
import static com.wagateway.bootstrap.ConsoleClient.change;
import static com.wagateway.bootstrap.ConsoleClient.csrfOf;
import static com.wagateway.bootstrap.ConsoleClient.session;
import static com.wagateway.bootstrap.ConsoleClient.signIn;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.wagateway.application.console.ConsoleSession;
import com.wagateway.application.port.ConsoleSessionStore;
import com.wagateway.application.tenant.Caller;
import com.wagateway.domain.model.Sha256;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The console at /console, driven as a browser would drive it, on the simulated providers. */
@QuarkusTest
class ConsoleTest extends GatewayTest {
  private static final String HEALTH_AUTH =
      "{\"start_at\": 1732300000, \"uptime\": 60, \"status\": {\"code\": 4, \"text\": \"AUTH\"}}";
  private static final String HEALTH_AUTH_LINKED =
      "{\"start_at\": 1732300000, \"uptime\": 60, \"status\": {\"code\": 4, \"text\": \"AUTH\"},"
          + " \"user\": {\"id\": \"15550001234\", \"name\": \"Demo Store\"}}";
  private static final String HEALTH_QR =
      "{\"start_at\": 1732300000, \"uptime\": 60, \"status\": {\"code\": 2, \"text\": \"QR\"}}";

  @Inject ConsoleSessionStore store;

  @Test
  void theAdminKeyOpensTheConsoleOnEveryTenant() {
    String cookie = signIn(ProviderStubs.ADMIN_KEY);

    session(cookie)
        .get("/console/tenants")
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .header("Cache-Control", "no-store")
        .header("X-Frame-Options", "DENY")
        .body(containsString("Signed in as admin"))
        .body(containsString("data-testid=\"tenant-" + ProviderStubs.WHAPI_TENANT + "\""))
        .body(containsString("data-testid=\"tenant-" + ProviderStubs.AWWW_TENANT + "\""))
        .body(
            containsString("hx-get=\"/console/tenants/" + ProviderStubs.WHAPI_TENANT + "/state\""))
        .body(containsString(">whapi<"))
        .body(containsString(">apiwhatsappweb<"))
        .body(containsString("<li>messages.poll</li>"));
  }

  @Test
  void theSessionCookieIsHttpOnlyStrictAndExpiring() {
    Response answer =
        given()
            .redirects()
            .follow(false)
            .formParam("key", ProviderStubs.ADMIN_KEY)
            .post("/console/sign-in");

    String setCookie = answer.getHeader("Set-Cookie");
    assertThat(setCookie)
        .startsWith(COOKIE + "=")
        .containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("SameSite=Strict")
        .contains("Path=/console")
        .contains("Max-Age=28800")
        .doesNotContain(ProviderStubs.ADMIN_KEY)
        .doesNotContainIgnoringCase("Secure"); // served over http here
    assertThat(answer.getHeader("Location"))
        .endsWith("/console/tenants")
        .doesNotContain(ProviderStubs.ADMIN_KEY);
  }

  @Test
  void aSignInPostedFromAnotherSitesPageIsRefused() {
    for (String site : new String[] {"cross-site", "same-site"}) {
      given()
          .redirects()
          .follow(false)
          .header("Sec-Fetch-Site", site)
          .formParam("key", ProviderStubs.ADMIN_KEY)
          .post("/console/sign-in")
          .then()
          .statusCode(403)
          .header("Set-Cookie", nullValue())
          .body(containsString("came from another site"));
    }
    given()
        .redirects()
        .follow(false)
        .header("Sec-Fetch-Site", "same-origin")
        .formParam("key", ProviderStubs.ADMIN_KEY)
        .post("/console/sign-in")
        .then()
        .statusCode(303);
  }

  @Test
  void aWrongKeyIsRefusedWithAReadableMessage() {
    given()
        .redirects()
        .follow(false)
        .formParam("key", "not-a-key")
        .post("/console/sign-in")
        .then()
        .statusCode(401)
        .contentType(containsString("text/html"))
        .header("Set-Cookie", nullValue())
        .body(containsString("data-testid=\"sign-in-error\""))
        .body(containsString("That key was not accepted"));
    given()
        .redirects()
        .follow(false)
        .formParam("key", "")
        .post("/console/sign-in")
        .then()
        .statusCode(401);
    given().redirects().follow(false).post("/console/sign-in").then().statusCode(401);
    given()
        .redirects()
        .follow(false)
        .formParam("key", "k".repeat(2000))
        .post("/console/sign-in")
        .then()
        .statusCode(401);
  }

  @Test
  void badInputIsAnsweredWithAPageNeverA500() {
    given()
        .contentType("application/json")
        .body("{\"key\": \"x\"}")
        .post("/console/sign-in")
        .then()
        .statusCode(415); // refused while routing, before any console code: the API's problem
    given()
        .formParam("key", "k".repeat(5000)) // past Vert.x's 2048-byte form attribute limit
        .post("/console/sign-in")
        .then()
        .statusCode(413);
    session(signIn(ProviderStubs.ADMIN_KEY))
        .get("/console/tenants?cursor=%%%not-a-cursor")
        .then()
        .statusCode(400)
        .body(containsString("data-code=\"VALIDATION_FAILED\""));
  }

  @Test
  void withoutASessionPagesLeadToTheSignIn() {
    given()
        .redirects()
        .follow(false)
        .get("/console/tenants")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/console/sign-in"));
    session("forged").get("/console/tenants").then().statusCode(303);
    given()
        .header("HX-Request", "true")
        .get("/console/tenants/" + ProviderStubs.WHAPI_TENANT + "/state")
        .then()
        .statusCode(401)
        .header("HX-Redirect", "/console/sign-in");
    given().get("/console/sign-in").then().statusCode(200).body(containsString("id=\"sign-in\""));
  }

  @Test
  void anExpiredSessionLeadsToTheSignIn() {
    String id = "e".repeat(43);
    Instant past = Instant.now().minusSeconds(60);
    store.save(
        new ConsoleSession(
            Sha256.hex(id), new Caller.Admin(), null, past.minusSeconds(3600), past));

    session(id)
        .get("/console/tenants")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/console/sign-in"));
  }

  @Test
  void rotatingATenantKeyEndsTheSessionsOpenedWithIt() {
    String tenant = AdminApi.freshId("console");
    String cookie = signIn(AdminApi.createOnWhapi(tenant, "token-" + tenant));
    session(cookie).get("/console/tenants").then().statusCode(200);

    AdminApi.rotateKey(tenant);

    session(cookie)
        .get("/console/tenants")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/console/sign-in"));
  }

  @Test
  void signingOutEndsTheSession() {
    String cookie = signIn(ProviderStubs.ADMIN_KEY);

    String cleared =
        session(cookie)
            .formParam("csrf", csrfOf(cookie))
            .post("/console/sign-out")
            .then()
            .statusCode(303)
            .header("Location", endsWith("/console/sign-in"))
            .extract()
            .header("Set-Cookie");

    assertThat(cleared).startsWith(COOKIE + "=;").contains("Max-Age=0");
    session(cookie)
        .get("/console/tenants")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/console/sign-in"));
  }

  @Test
  void aChangeWithoutTheSessionsCsrfTokenIsRefused() {
    String cookie = signIn(ProviderStubs.ADMIN_KEY);
    String otherSessionsToken = csrfOf(signIn(ProviderStubs.ADMIN_KEY));

    session(cookie)
        .contentType("application/x-www-form-urlencoded")
        .post("/console/sign-out")
        .then()
        .statusCode(403)
        .contentType(containsString("text/html"))
        .body(containsString("data-code=\"FORBIDDEN\""))
        .body(containsString("reload the page"));
    session(cookie)
        .formParam("csrf", otherSessionsToken)
        .post("/console/tenants/" + ProviderStubs.WHAPI_TENANT + "/logout")
        .then()
        .statusCode(403);
    session(cookie).get("/console/tenants").then().statusCode(200); // still signed in
    assertThat(providers().getAllServeEvents()).isEmpty();
  }

  @Test
  void htmxCarriesTheCsrfTokenInAHeader() {
    providers().stubFor(post("/users/logout").willReturn(okJson("{\"success\": true}")));
    String cookie = signIn(ProviderStubs.ADMIN_KEY);

    session(cookie)
        .header("HX-Request", "true")
        .header("X-CSRF-Token", csrfOf(cookie))
        .contentType("application/x-www-form-urlencoded")
        .post("/console/tenants/" + ProviderStubs.WHAPI_TENANT + "/logout")
        .then()
        .statusCode(303);

    providers().verify(postRequestedFor(urlEqualTo("/users/logout")));
  }

  @Test
  void aTenantSessionReachesOnlyItsOwnTenant() {
    String cookie = signIn(ProviderStubs.WHAPI_KEY);
    String other = "/console/tenants/" + ProviderStubs.AWWW_TENANT;

    session(cookie)
        .get("/console/tenants")
        .then()
        .statusCode(200)
        .body(containsString("Signed in as tenant " + ProviderStubs.WHAPI_TENANT))
        .body(containsString("data-testid=\"tenant-" + ProviderStubs.WHAPI_TENANT + "\""))
        .body(not(containsString(ProviderStubs.AWWW_TENANT)));
    session(cookie)
        .get(other + "/link")
        .then()
        .statusCode(403)
        .body(containsString("data-code=\"FORBIDDEN\""));
    session(cookie).get(other + "/state").then().statusCode(403);
    session(cookie).get(other + "/link/state").then().statusCode(403);
    session(cookie)
        .formParam("csrf", csrfOf(cookie))
        .post(other + "/logout")
        .then()
        .statusCode(403);
    session(cookie).get("/console/tenants/nobody/link").then().statusCode(403);
    assertThat(providers().getAllServeEvents()).isEmpty();
  }

  @Test
  void theStateFragmentReadsTheInstanceStatus() {
    providers().stubFor(get(urlPathEqualTo("/health")).willReturn(okJson(HEALTH_AUTH)));

    session(signIn(ProviderStubs.ADMIN_KEY))
        .header("HX-Request", "true")
        .get("/console/tenants/" + ProviderStubs.WHAPI_TENANT + "/state")
        .then()
        .statusCode(200)
        .body(containsString("data-testid=\"state\""))
        .body(containsString(">CONNECTED<"));
  }

  @Test
  void theLinkPageShowsTheQrCodeAsAnImage() {
    providers().stubFor(get(urlPathEqualTo("/health")).willReturn(okJson(HEALTH_QR)));
    providers()
        .stubFor(
            get(urlPathEqualTo("/users/login"))
                .willReturn(
                    okJson(
                        "{\"status\": \"OK\", \"base64\": \"data:image/png;base64,"
                            + WhapiEndToEndTest.PNG_BASE64
                            + "\", \"expire\": 20}")));

    session(signIn(ProviderStubs.WHAPI_KEY))
        .get("/console/tenants/" + ProviderStubs.WHAPI_TENANT + "/link")
        .then()
        .statusCode(200)
        .body(containsString("<img class=\"qr\" data-testid=\"qr\""))
        .body(containsString("src=\"data:image/png;base64," + WhapiEndToEndTest.PNG_BASE64 + "\""))
        .body(containsString("expires in 20 s"))
        .body(containsString("hx-trigger=\"every 5s\""))
        .body(containsString("data-testid=\"logout\""));
  }

  @Test
  void theLinkStateSaysConnectedWithTheProfileName() {
    providers().stubFor(get(urlPathEqualTo("/health")).willReturn(okJson(HEALTH_AUTH)));
    providers()
        .stubFor(
            get("/users/profile")
                .willReturn(okJson("{\"name\": \"ACME Support\", \"about\": \"\"}")));

    session(signIn(ProviderStubs.ADMIN_KEY))
        .header("HX-Request", "true")
        .get("/console/tenants/" + ProviderStubs.WHAPI_TENANT + "/link/state")
        .then()
        .statusCode(200)
        .body(containsString("data-testid=\"connected\""))
        .body(containsString("<strong data-testid=\"profile-name\">ACME Support</strong>"))
        .body(not(containsString("data-testid=\"linked-phone\"")))
        .body(not(containsString("<img")));
  }

  @Test
  void theLinkStateShowsTheLinkedNumberAndNameFromTheStatus() {
    providers().stubFor(get(urlPathEqualTo("/health")).willReturn(okJson(HEALTH_AUTH_LINKED)));

    session(signIn(ProviderStubs.ADMIN_KEY))
        .header("HX-Request", "true")
        .get("/console/tenants/" + ProviderStubs.WHAPI_TENANT + "/link/state")
        .then()
        .statusCode(200)
        .body(
            containsString(
                "Connected as <strong data-testid=\"profile-name\">Demo Store</strong>"
                    + " (<span data-testid=\"linked-phone\">+15550001234</span>)"))
        .body(not(containsString("data-testid=\"phone-unknown\"")));
    providers().verify(0, getRequestedFor(urlPathEqualTo("/users/profile")));
  }

  @Test
  void theLinkStateSaysWhenTheProviderDoesNotReportTheNumber() {
    providers()
        .stubFor(
            post("/api/config/status").willReturn(okJson("{\"success\": \"Instancia activa\"}")));

    session(signIn(ProviderStubs.ADMIN_KEY))
        .header("HX-Request", "true")
        .get("/console/tenants/" + ProviderStubs.AWWW_TENANT + "/link/state")
        .then()
        .statusCode(200)
        .body(containsString("data-testid=\"connected\""))
        .body(containsString("This provider does not report the number."))
        .body(not(containsString("data-testid=\"linked-phone\"")));
  }

  @Test
  void failuresAreShownAsReadableProblems() {
    providers()
        .stubFor(
            get(urlPathEqualTo("/health"))
                .willReturn(aResponse().withStatus(500).withBody("boom")));
    String cookie = signIn(ProviderStubs.ADMIN_KEY);

    String fragment =
        session(cookie)
            .header("HX-Request", "true")
            .get("/console/tenants/" + ProviderStubs.WHAPI_TENANT + "/state")
            .then()
            .statusCode(502)
            .contentType(containsString("text/html"))
            .body(containsString("data-testid=\"problem\""))
            .extract()
            .asString();
    assertThat(fragment).doesNotContain("{\"").doesNotContain("Exception").doesNotContain("<html");

    session(cookie)
        .get("/console/tenants/Not%20A%20Tenant/link")
        .then()
        .statusCode(400)
        .body(containsString("<html"))
        .body(containsString("data-code=\"VALIDATION_FAILED\""));
    session(cookie)
        .get("/console/tenants/nobody/link")
        .then()
        .statusCode(404)
        .body(containsString("data-code=\"TENANT_NOT_FOUND\""));
  }

  @Test
  void servesItsScriptAndStyleFromTheGateway() {
    String page = given().get("/console/sign-in").then().statusCode(200).extract().asString();
    Matcher script = Pattern.compile("<script src=\"([^\"]+)\"").matcher(page);
    assertThat(script.find()).isTrue();

    given().get(script.group(1)).then().statusCode(200).body(containsString("htmx"));
    given().get("/console/console.css").then().statusCode(200).body(containsString("@media"));
    assertThat(page).doesNotContain("localStorage");
  }

  @Test
  void theApiDocumentLeavesTheConsoleOut() {
    given()
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .body("paths.'/console/tenants'", equalTo(null));
  }

  // --- Try a send (POST /console/tenants/{id}/send), through the API's request record and use case

  private static final String SENT =
      "{\"sent\": true, \"message\": {\"id\": \"wamid-42\", \"type\": \"text\", \"status\": \"sent\","
          + " \"from_me\": true, \"chat_id\": \"573001234567@s.whatsapp.net\", \"timestamp\": 1732300000}}";
  private static final Pattern SENT_ID = Pattern.compile("data-testid=\"sent-id\">([^<]+)<");

  private static String sendPath(String tenant) {
    return "/console/tenants/" + tenant + "/send";
  }

  @Test
  void aTryASendShowsTheMessageIdAndStatusToTheTenantAndTheAdmin() {
    providers().stubFor(post("/messages/text").willReturn(okJson(SENT)));
    for (String key : new String[] {ProviderStubs.WHAPI_KEY, ProviderStubs.ADMIN_KEY}) {
      String cookie = signIn(key);
      session(cookie)
          .get(sendPath(ProviderStubs.WHAPI_TENANT))
          .then()
          .statusCode(200)
          .body(containsString("data-testid=\"send-to\""));

      String page =
          change(
                  cookie,
                  sendPath(ProviderStubs.WHAPI_TENANT),
                  Map.of("to", "+57 (300) 123-4567", "text", "Hello"))
              .then()
              .statusCode(200)
              .body(containsString("data-testid=\"sent-status\">SENT<"))
              .extract()
              .asString();
      Matcher id = SENT_ID.matcher(page);
      assertThat(id.find()).isTrue();
      AdminApi.asAdmin()
          .get("/v1/tenants/" + ProviderStubs.WHAPI_TENANT + "/messages/" + id.group(1))
          .then()
          .statusCode(200)
          .body("to", equalTo("573001234567"));
    }
    providers()
        .verify(
            2,
            postRequestedFor(urlEqualTo("/messages/text"))
                .withRequestBody(matchingJsonPath("$.body", WireMock.equalTo("Hello"))));
  }

  private static final Pattern FORM_KEY =
      Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");

  /** The Idempotency-Key the send form on this page carries. */
  private static String formKey(String page) {
    Matcher key = FORM_KEY.matcher(page);
    assertThat(key.find()).as("the form carries an idempotency key").isTrue();
    return key.group(1);
  }

  @Test
  void aSendFormSubmittedTwiceSendsOnceAndTheNextFormHasANewKey() {
    providers().stubFor(post("/messages/text").willReturn(okJson(SENT)));
    String cookie = signIn(ProviderStubs.WHAPI_KEY);
    String form =
        session(cookie).get(sendPath(ProviderStubs.WHAPI_TENANT)).then().extract().asString();
    Map<String, String> fields =
        Map.of("to", "+573001234567", "text", "Once", "idempotencyKey", formKey(form));

    String first =
        change(cookie, sendPath(ProviderStubs.WHAPI_TENANT), fields)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String second =
        change(cookie, sendPath(ProviderStubs.WHAPI_TENANT), fields)
            .then()
            .statusCode(200)
            .extract()
            .asString();

    Matcher firstId = SENT_ID.matcher(first);
    Matcher secondId = SENT_ID.matcher(second);
    assertThat(firstId.find() && secondId.find()).isTrue();
    assertThat(secondId.group(1)).isEqualTo(firstId.group(1));
    providers().verify(1, postRequestedFor(urlEqualTo("/messages/text")));
    assertThat(formKey(first)).isNotEqualTo(formKey(form));

    change(
            cookie,
            sendPath(ProviderStubs.WHAPI_TENANT),
            Map.of("to", "+573001234567", "text", "Another", "idempotencyKey", formKey(form)))
        .then()
        .statusCode(422)
        .body(containsString("data-code=\"IDEMPOTENCY_KEY_REUSED\""))
        .body(not(containsString("value=\"" + formKey(form) + "\"")));
    change(
            cookie,
            sendPath(ProviderStubs.WHAPI_TENANT),
            Map.of("to", "+573001234567", "text", "x", "idempotencyKey", "k".repeat(256)))
        .then()
        .statusCode(400)
        .body(containsString("data-code=\"VALIDATION_FAILED\""));
    providers().verify(1, postRequestedFor(urlEqualTo("/messages/text")));
  }

  @Test
  void aSendWithBadInputShowsTheApisViolationMessages() {
    List<String> apiViolations =
        AdminApi.asAdmin()
            .body("{\"to\": \"not a number\", \"text\": \"\"}")
            .post("/v1/tenants/" + ProviderStubs.WHAPI_TENANT + "/messages/text")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath()
            .getList("violations.collect { it.field + ': ' + it.message }");
    assertThat(apiViolations).hasSize(2);

    String page =
        change(
                signIn(ProviderStubs.WHAPI_KEY),
                sendPath(ProviderStubs.WHAPI_TENANT),
                Map.of("to", "not a number", "text", ""))
            .then()
            .statusCode(400)
            .body(containsString("data-code=\"VALIDATION_FAILED\""))
            .body(containsString("value=\"not a number\"")) // the form keeps what was typed
            .extract()
            .asString();
    apiViolations.forEach(violation -> assertThat(page).contains("<li>" + violation + "</li>"));
    assertThat(providers().getAllServeEvents()).isEmpty();
  }

  @Test
  void aFailedSendShowsTheProblemTheApiAnswers() {
    providers()
        .stubFor(post("/messages/text").willReturn(aResponse().withStatus(500).withBody("boom")));
    JsonPath api =
        AdminApi.asAdmin()
            .body("{\"to\": \"+573001234567\", \"text\": \"Hello\"}")
            .post("/v1/tenants/" + ProviderStubs.WHAPI_TENANT + "/messages/text")
            .then()
            .extract()
            .jsonPath();

    change(
            signIn(ProviderStubs.ADMIN_KEY),
            sendPath(ProviderStubs.WHAPI_TENANT),
            Map.of("to", "+573001234567", "text", "Hello"))
        .then()
        .statusCode(api.getInt("status"))
        .body(containsString("data-code=\"" + api.getString("code") + "\""))
        .body(containsString("Whapi answered HTTP 500")) // the detail names a new message id
        .body(not(containsString("data-testid=\"sent\"")));
  }

  @Test
  void aSendIsRefusedForAnotherTenantOrWithoutTheCsrfToken() {
    String cookie = signIn(ProviderStubs.WHAPI_KEY);
    session(cookie).get(sendPath(ProviderStubs.AWWW_TENANT)).then().statusCode(403);
    change(cookie, sendPath(ProviderStubs.AWWW_TENANT), Map.of("to", "+573001234567", "text", "x"))
        .then()
        .statusCode(403)
        .body(containsString("data-code=\"FORBIDDEN\""));
    session(cookie)
        .formParams(Map.of("to", "+573001234567", "text", "x"))
        .post(sendPath(ProviderStubs.WHAPI_TENANT))
        .then()
        .statusCode(403)
        .body(containsString("reload the page"));
    assertThat(providers().getAllServeEvents()).isEmpty();
  }

  // --- The admin's tenant actions (/console/admin/tenants/...), through the admin API's use cases

  private static final Pattern API_KEY = Pattern.compile("data-testid=\"api-key\">([^<]+)<");

  /** The key an issued-key page shows. */
  private static String issuedKey(String page) {
    Matcher key = API_KEY.matcher(page);
    assertThat(key.find()).as("the page shows the key").isTrue();
    return key.group(1);
  }

  private static String adminPath(String tenant, String action) {
    return "/console/admin/tenants/" + tenant + "/" + action;
  }

  private static final Map<String, String> TO_AWWW =
      Map.of("provider", "apiwhatsappweb", "awwwApiKey", "k-1", "awwwInstanceId", "i-1");

  @Test
  void theAdminSwitchesAProviderAndTheAuditTrailSaysSo() {
    String tenant = AdminApi.freshId("console-switch");
    AdminApi.createOnWhapi(tenant, "token-" + tenant);
    String cookie = signIn(ProviderStubs.ADMIN_KEY);
    session(cookie)
        .get(adminPath(tenant, "provider"))
        .then()
        .statusCode(200)
        .body(containsString("data-testid=\"current-provider\">whapi<"));

    change(cookie, adminPath(tenant, "provider"), TO_AWWW)
        .then()
        .statusCode(303)
        .header("Location", endsWith("/console/tenants"));

    AdminApi.asAdmin()
        .get("/v1/admin/tenants/" + tenant)
        .then()
        .body("provider", equalTo("apiwhatsappweb"));
    AdminApi.asAdmin()
        .get("/v1/admin/audit?tenantId=" + tenant)
        .then()
        .statusCode(200)
        .body(containsString("tenant.provider-changed"))
        .body(containsString("\"admin\""))
        .body(not(containsString("k-1")));
  }

  @Test
  void aSwitchWithMissingCredentialsShowsTheApisViolations() {
    List<String> apiViolations =
        AdminApi.asAdmin()
            .body("{\"provider\": \"apiwhatsappweb\", \"apiwhatsappweb\": {}}")
            .put("/v1/admin/tenants/" + ProviderStubs.WHAPI_TENANT + "/provider")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath()
            .getList("violations.collect { it.field + ': ' + it.message }");

    String page =
        change(
                signIn(ProviderStubs.ADMIN_KEY),
                adminPath(ProviderStubs.WHAPI_TENANT, "provider"),
                Map.of("provider", "apiwhatsappweb"))
            .then()
            .statusCode(400)
            .body(containsString("data-code=\"VALIDATION_FAILED\""))
            .extract()
            .asString();
    assertThat(apiViolations).isNotEmpty();
    apiViolations.forEach(violation -> assertThat(page).contains("<li>" + violation + "</li>"));
    AdminApi.asAdmin()
        .get("/v1/admin/tenants/" + ProviderStubs.WHAPI_TENANT)
        .then()
        .body("provider", equalTo("whapi"));
  }

  @Test
  void rotatingAKeyShowsTheNewKeyOnceAndTheOldOneStopsWorking() {
    String tenant = AdminApi.freshId("console-rotate");
    String oldKey = AdminApi.createOnWhapi(tenant, "token-" + tenant);
    String cookie = signIn(ProviderStubs.ADMIN_KEY);

    String newKey =
        issuedKey(
            change(cookie, adminPath(tenant, "api-key"), Map.of())
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("data-testid=\"copy-key\""))
                .extract()
                .asString());

    assertThat(newKey).isNotBlank().isNotEqualTo(oldKey);
    signIn(newKey);
    given().formParam("key", oldKey).post("/console/sign-in").then().statusCode(401);
    assertThat(session(cookie).get("/console/tenants").asString()).doesNotContain(newKey);
  }

  @Test
  void theAdminCreatesAndDeletesATenant() {
    String tenant = AdminApi.freshId("console-new");
    String cookie = signIn(ProviderStubs.ADMIN_KEY);
    session(cookie).get("/console/admin/tenants/new").then().statusCode(200);

    String key =
        issuedKey(
            change(
                    cookie,
                    "/console/admin/tenants/new",
                    Map.of("id", tenant, "provider", "whapi", "whapiToken", "token-" + tenant))
                .then()
                .statusCode(200)
                .extract()
                .asString());
    signIn(key);

    change(cookie, adminPath(tenant, "delete"), Map.of())
        .then()
        .statusCode(303)
        .header("Location", endsWith("/console/tenants"));
    AdminApi.asAdmin().get("/v1/admin/tenants/" + tenant).then().statusCode(404);
    change(cookie, adminPath(tenant, "delete"), Map.of())
        .then()
        .statusCode(404)
        .body(containsString("data-code=\"TENANT_NOT_FOUND\""));
  }

  @Test
  void aNewTenantWithABadIdShowsTheApisViolation() {
    change(
            signIn(ProviderStubs.ADMIN_KEY),
            "/console/admin/tenants/new",
            Map.of("id", "Not An Id", "provider", "whapi", "whapiToken", "t"))
        .then()
        .statusCode(400)
        .body(containsString("<li>id: must be lower-case letters, digits"));
  }

  @Test
  void adminActionsAreRefusedToATenantSession() {
    String cookie = signIn(ProviderStubs.WHAPI_KEY);
    String own = ProviderStubs.WHAPI_TENANT;

    session(cookie).get(adminPath(own, "provider")).then().statusCode(403);
    session(cookie).get("/console/admin/tenants/new").then().statusCode(403);
    change(cookie, adminPath(own, "provider"), TO_AWWW)
        .then()
        .statusCode(403)
        .body(containsString("data-code=\"FORBIDDEN\""));
    change(cookie, adminPath(own, "api-key"), Map.of()).then().statusCode(403);
    change(cookie, adminPath(own, "delete"), Map.of()).then().statusCode(403);
    change(cookie, "/console/admin/tenants/new", Map.of("id", "x", "provider", "whapi"))
        .then()
        .statusCode(403);
    assertThat(session(cookie).get("/console/tenants").asString())
        .doesNotContain("data-testid=\"rotate-")
        .doesNotContain("data-testid=\"new-tenant\"");
    signIn(ProviderStubs.WHAPI_KEY); // the key still works: nothing was rotated
    AdminApi.asAdmin().get("/v1/admin/tenants/" + own).then().body("provider", equalTo("whapi"));
  }

  @Test
  void adminActionsWithoutTheCsrfTokenChangeNothing() {
    String tenant = AdminApi.freshId("console-csrf");
    String key = AdminApi.createOnWhapi(tenant, "token-" + tenant);
    String cookie = signIn(ProviderStubs.ADMIN_KEY);

    for (String action : new String[] {"provider", "api-key", "delete"}) {
      session(cookie)
          .formParams(TO_AWWW)
          .post(adminPath(tenant, action))
          .then()
          .statusCode(403)
          .body(containsString("reload the page"));
    }
    session(cookie)
        .formParams(Map.of("id", AdminApi.freshId("never"), "provider", "whapi", "whapiToken", "t"))
        .post("/console/admin/tenants/new")
        .then()
        .statusCode(403);
    signIn(key);
    AdminApi.asAdmin().get("/v1/admin/tenants/" + tenant).then().body("provider", equalTo("whapi"));
  }
}
