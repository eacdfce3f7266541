package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.wagateway.application.console.ConsoleSession;
import com.wagateway.application.port.ConsoleSessionStore;
import com.wagateway.application.tenant.Caller;
import com.wagateway.domain.model.Sha256;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The console at /console, driven as a browser would drive it, on the simulated providers. */
@QuarkusTest
class ConsoleTest extends GatewayTest {
  private static final String COOKIE = "gw_console";
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  private static final String HEALTH_AUTH =
      "{\"start_at\": 1732300000, \"uptime\": 60, \"status\": {\"code\": 4, \"text\": \"AUTH\"}}";
  private static final String HEALTH_QR =
      "{\"start_at\": 1732300000, \"uptime\": 60, \"status\": {\"code\": 2, \"text\": \"QR\"}}";

  @Inject ConsoleSessionStore store;

  /** Signs in through the form and returns the session cookie's value. */
  private static String signIn(String key) {
    return given()
        .redirects()
        .follow(false)
        .formParam("key", key)
        .post("/console/sign-in")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/console/tenants"))
        .extract()
        .cookie(COOKIE);
  }

  private static RequestSpecification session(String cookie) {
    return given().redirects().follow(false).cookie(COOKIE, cookie);
  }

  /** The CSRF token the console's pages embed for this session. */
  private static String csrfOf(String cookie) {
    String page =
        session(cookie).get("/console/tenants").then().statusCode(200).extract().asString();
    Matcher token = CSRF.matcher(page);
    assertThat(token.find()).as("the page carries a CSRF token").isTrue();
    return token.group(1);
  }

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
        .body(containsString("ACME Support"))
        .body(not(containsString("<img")));
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
}
