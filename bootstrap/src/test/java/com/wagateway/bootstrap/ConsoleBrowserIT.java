package com.wagateway.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.common.SingleRootFileSource;
import com.github.tomakehurst.wiremock.standalone.JsonFileMappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console in a real browser: headless Chromium (Debian's, not a downloaded one) driven by
 * Playwright against the packaged jar and the dev provider simulator, with the dev mode's demo
 * tenants. Each page is saved as a screenshot under {@code target/console-screenshots/}, and no
 * page may raise a script error or log a console error. Without {@code /usr/bin/chromium} the test
 * is skipped, unless {@code GATEWAY_TEST_BROWSER=required} (as in {@code .ci/run}).
 */
class ConsoleBrowserIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
  private static final String ADMIN_KEY = "browser-admin-key";
  private static final String WHAPI = "demo-whapi";
  private static final String AWWW = "demo-awww";
  private static final String AWWW_KEY = "browser-awww-key";
  private static final UUID WHAPI_HEALTH = UUID.randomUUID();
  private static final String HEALTH =
      "{\"start_at\": 1732300000, \"uptime\": 60, \"status\": {\"code\": %d, \"text\": \"%s\"}%s}";

  /** The linked account Whapi's health names once the code is scanned (a fictitious number). */
  private static final String LINKED_USER =
      ", \"user\": {\"id\": \"15550001234\", \"name\": \"Demo Store\"}";

  private static WireMockServer simulator;
  private static PackagedGateway gateway;
  private static Playwright playwright;
  private static Browser browser;
  private static String baseUrl;
  private BrowserContext context;
  private Page page;
  private final List<String> pageErrors = new ArrayList<>();

  @BeforeAll
  static void startTheGatewayAndTheBrowser() throws Exception {
    if (!chromiumInstalled()) {
      return; // each test is then skipped with the reason, see openAPage
    }
    simulator = new WireMockServer(wireMockConfig().dynamicPort());
    simulator.start();
    simulator.loadMappingsUsing(
        new JsonFileMappingsSource(new SingleRootFileSource("src/dev/wiremock/mappings"), null));
    int port = PackagedGateway.freePort();
    baseUrl = "http://127.0.0.1:" + port;
    gateway =
        PackagedGateway.start(
            Files.createTempDirectory("gateway-console"), port, ADMIN_KEY, demoTenants());
    // The environment variable also lives in the failsafe configuration; repeated here so that a
    // run from an IDE never downloads browsers either.
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true));
    // The link page polls every 5 s: a change shows within one poll, well inside this bound.
    PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
  }

  /** A missing Chromium skips the tests, unless the run requires the browser: then it fails. */
  private static boolean chromiumInstalled() {
    boolean present = Files.isExecutable(CHROMIUM);
    if (!present && "required".equals(System.getenv("GATEWAY_TEST_BROWSER"))) {
      throw new IllegalStateException(
          CHROMIUM + " is missing and GATEWAY_TEST_BROWSER=required: apt-get install chromium");
    }
    return present;
  }

  /** Dev mode's demo tenants (application.properties %dev), with keys of this test. */
  private static List<String> demoTenants() {
    String sim = simulator.baseUrl();
    return List.of(
        "-Dgateway.providers.whapi.base-url=" + sim,
        "-Dgateway.providers.apiwhatsappweb.base-url=" + sim,
        "-Dgateway.providers.apiwhatsappweb.send-base-url=" + sim,
        "-Dgateway.tenants." + WHAPI + ".provider=whapi",
        "-Dgateway.tenants." + WHAPI + ".api-key=browser-whapi-key",
        "-Dgateway.tenants." + WHAPI + ".whapi.token=simulator-token",
        "-Dgateway.tenants." + AWWW + ".provider=apiwhatsappweb",
        "-Dgateway.tenants." + AWWW + ".api-key=" + AWWW_KEY,
        "-Dgateway.tenants." + AWWW + ".apiwhatsappweb.api-key=simulator-key",
        "-Dgateway.tenants." + AWWW + ".apiwhatsappweb.instance-id=simulator-instance");
  }

  @AfterAll
  static void stopAll() throws InterruptedException {
    if (playwright != null) {
      playwright.close(); // closes the browser too
    }
    if (gateway != null) {
      gateway.close();
    }
    if (simulator != null) {
      simulator.stop();
    }
  }

  /** The Whapi number starts logged out (waiting for a QR scan); the other one is connected. */
  @BeforeEach
  void openAPage() {
    // An assumption here, not in @BeforeAll, so that the report counts the tests as skipped.
    Assumptions.assumeTrue(
        browser != null, "skipped: no " + CHROMIUM + " (apt-get install chromium to run it)");
    whapiHealthReports(2, "QR");
    context = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl));
    page = context.newPage();
    page.onPageError(error -> pageErrors.add("page error: " + error));
    page.onConsoleMessage(
        message -> {
          if ("error".equals(message.type())
              && !expectedRefusal(message.text(), message.location())) {
            pageErrors.add("console error: " + message.text() + " at " + message.location());
          }
        });
  }

  @AfterEach
  void noPageErrors() {
    if (context == null) {
      return; // skipped
    }
    context.close();
    assertThat(pageErrors).as("errors in the browser").isEmpty();
  }

  @Test
  void theAdminSignsInAndSeesBothTenantsWithTheirLiveState() {
    page.navigate("/console/tenants");
    assertThat(page).hasURL(Pattern.compile("/console/sign-in$"));
    screenshot("sign-in");

    signIn(ADMIN_KEY);

    assertThat(page.getByTestId("who")).containsText("admin");
    assertThat(page.getByTestId("provider-" + WHAPI)).hasText("whapi");
    assertThat(page.getByTestId("provider-" + AWWW)).hasText("apiwhatsappweb");
    assertThat(state(WHAPI)).hasText("QR_REQUIRED");
    assertThat(state(AWWW)).hasText("CONNECTED");
    screenshot("tenants-admin");

    onAPhone();
    assertThat(state(WHAPI)).hasText("QR_REQUIRED");
    assertFitsTheScreen();
    screenshot("tenants-phone");
  }

  @Test
  void theLinkPageShowsTheQrCodeThenSwitchesToConnectedByItself() {
    signIn(ADMIN_KEY);
    page.getByTestId("link-" + WHAPI).click();

    Locator qr = page.getByTestId("qr");
    assertThat(qr).isVisible();
    page.waitForFunction("() => document.querySelector('[data-testid=qr]').naturalWidth > 0");
    assertThat((Integer) qr.evaluate("img => img.naturalWidth")).isPositive();
    screenshot("link-qr");

    whapiHealthReports(4, "AUTH"); // the phone scanned the code
    assertThat(page.getByTestId("connected")).isVisible();
    assertThat(page.getByTestId("profile-name")).hasText("Demo Store");
    assertThat(page.getByTestId("linked-phone")).hasText("+15550001234");
    assertThat(qr).hasCount(0);
    screenshot("link-connected");
  }

  @Test
  void aTenantKeySeesOnlyItsOwnTenantAndAReadableRefusalForAnotherThenSignsOut() {
    signIn(AWWW_KEY);
    assertThat(page.getByTestId("tenant-" + AWWW)).isVisible();
    assertThat(state(AWWW)).hasText("CONNECTED");
    assertThat(page.locator("[data-testid^=tenant-]")).hasCount(1);
    screenshot("tenants-tenant");

    assertThat(page.navigate("/console/tenants/" + WHAPI + "/link").status()).isEqualTo(403);
    assertThat(page.getByTestId("problem")).hasAttribute("data-code", "FORBIDDEN");
    assertThat(page.getByTestId("qr")).hasCount(0);
    screenshot("forbidden");

    page.navigate("/console/tenants");
    page.getByTestId("sign-out").click();
    assertThat(page).hasURL(Pattern.compile("/console/sign-in$"));
    page.navigate("/console/tenants");
    assertThat(page).hasURL(Pattern.compile("/console/sign-in$"));
  }

  @Test
  void theAdminSwitchesAProviderAndBackAndTheRowShowsIt() {
    page.onDialog(Dialog::accept); // the confirmation
    signIn(ADMIN_KEY);

    page.getByTestId("switch-" + AWWW).click();
    assertThat(page.getByTestId("current-provider")).hasText("apiwhatsappweb");
    page.getByTestId("provider-select").selectOption("whapi");
    page.getByTestId("whapi-token").fill("simulator-token");
    page.getByTestId("switch").click();
    assertThat(page).hasURL(Pattern.compile("/console/tenants$"));
    assertThat(page.getByTestId("provider-" + AWWW)).hasText("whapi");
    assertThat(state(AWWW)).hasText("QR_REQUIRED"); // now Whapi's health, logged out
    screenshot("switch-provider");

    page.getByTestId("switch-" + AWWW).click();
    page.getByTestId("provider-select").selectOption("apiwhatsappweb");
    page.getByTestId("awww-api-key").fill("simulator-key");
    page.getByTestId("awww-instance-id").fill("simulator-instance");
    page.getByTestId("switch").click();
    assertThat(page.getByTestId("provider-" + AWWW)).hasText("apiwhatsappweb");
    assertThat(state(AWWW)).hasText("CONNECTED");
  }

  @Test
  void aTestSendShowsTheMessageIdAndFailedSendsAReadableProblem() {
    signIn(ADMIN_KEY);
    page.getByTestId("send-" + WHAPI).click();
    page.getByTestId("send-to").fill("+57 300 123 4567");
    page.getByTestId("send-text").fill("Hello from the console");
    page.getByTestId("send").click();
    assertThat(page.getByTestId("sent-id")).hasText(Pattern.compile("\\S+"));
    assertThat(page.getByTestId("sent-status")).isVisible();
    screenshot("send-ok");

    page.getByTestId("send-to").fill("not a number");
    page.getByTestId("send").click();
    assertThat(page.getByTestId("problem")).hasAttribute("data-code", "VALIDATION_FAILED");
    assertThat(page.getByTestId("problem")).containsText("to: ");
    assertThat(page.getByTestId("sent")).hasCount(0);
    screenshot("send-error");

    StubMapping rejected =
        simulator.stubFor(
            post(urlPathEqualTo("/messages/text"))
                .atPriority(1)
                .willReturn(
                    aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                            "{\"error\": {\"code\": 400, \"message\": \"Recipient not on WhatsApp\"}}")));
    page.getByTestId("send-to").fill("+573001234567");
    page.getByTestId("send").click();
    assertThat(page.getByTestId("problem")).hasAttribute("data-code", "PROVIDER_REJECTED");
    assertThat(page.getByTestId("problem")).containsText("422");
    simulator.removeStub(rejected);
  }

  @Test
  void theActivityPageDrawsTheGlanceShowsHistoriesAndReplaysADelivery() {
    page.onDialog(Dialog::accept); // the replay's confirmation
    String subscriber = "/subscriber/" + UUID.randomUUID();
    simulator.stubFor(post(urlPathEqualTo(subscriber)).willReturn(ok()));
    api(ADMIN_KEY)
        .body(
            "{\"url\": \""
                + simulator.baseUrl()
                + subscriber
                + "\", \"events\": [\"message.received\"]}")
        .post("/v1/tenants/" + WHAPI + "/subscriptions")
        .then()
        .statusCode(201);
    String secret =
        api(ADMIN_KEY)
            .get("/v1/admin/tenants/" + WHAPI + "/webhooks")
            .then()
            .statusCode(200)
            .extract()
            .path("whapiSecret");
    api(ADMIN_KEY) // Whapi's webhook: a received text, delivered to the subscriber
        .header("X-Gateway-Webhook-Secret", secret)
        .body(WhapiFixtures.read("message-text.json"))
        .post("/v1/webhooks/whapi/" + WHAPI)
        .then()
        .statusCode(200);
    signIn(ADMIN_KEY);
    page.getByTestId("send-" + WHAPI).click();
    page.getByTestId("send-to").fill("+573001234567");
    page.getByTestId("send-text").fill("Counted in the glance");
    page.getByTestId("send").click();
    assertThat(page.getByTestId("sent-id")).isVisible();

    page.navigate("/console/tenants");
    page.getByTestId("activity-" + WHAPI).click();
    assertThat(page.getByTestId("glance-chart")).hasAttribute("data-drawn", "true");
    assertThat(page.locator("[data-testid=glance-chart] canvas")).hasCount(1);
    // the simulator answers Whapi's "pending": the send is accepted, not reported sent yet
    assertThat(page.getByTestId("total-ACCEPTED")).hasText(Pattern.compile("accepted: [1-9]\\d*"));
    assertThat(page.getByTestId("history").first()).containsText("ACCEPTED");
    assertThat(page.getByText("Hello world").first()).isVisible(); // the received text
    assertThat(page.getByText("Audit trail")).isVisible();
    Locator delivery = page.locator("tbody[data-testid^=delivery-]").first();
    assertThat(delivery.getByTestId("delivery-state")).hasText("DELIVERED"); // reloads till then
    delivery.locator("[data-testid^=attempts-]").click();
    assertThat(delivery.getByTestId("attempt")).containsText("delivered, HTTP 200");
    screenshot("activity");

    delivery.locator("[data-testid^=replay-]").click();
    Locator replayed = page.locator("tbody[data-testid^=delivery-]").first();
    assertThat(replayed.getByTestId("replayed")).isVisible();
    assertThat(replayed.getByTestId("delivery-state")).hasText("DELIVERED");
    List<LoggedRequest> received = simulator.findAll(postRequestedFor(urlPathEqualTo(subscriber)));
    assertThat(received).hasSize(2);
    assertThat(received.get(1).getHeader("webhook-id"))
        .isEqualTo(received.get(0).getHeader("webhook-id"));
    screenshot("activity-replayed");

    onAPhone();
    assertFitsTheScreen();
    screenshot("activity-phone");
  }

  /** A phone's screen: 390 by 844 CSS pixels. */
  private void onAPhone() {
    page.setViewportSize(390, 844);
  }

  /** The page's width, then each element and text past the viewport's right edge. */
  private static final String PAST_THE_RIGHT_EDGE =
      "() => { const edge = window.innerWidth + 1;"
          + " const out = [document.documentElement.scrollWidth + ' > ' + window.innerWidth];"
          + " document.querySelectorAll('body *').forEach(e => {"
          + "   if (e.getBoundingClientRect().right > edge) out.push(e.tagName); });"
          + " const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
          + " for (let t = texts.nextNode(); t; t = texts.nextNode()) {"
          + "   const range = document.createRange(); range.selectNodeContents(t);"
          + "   if (range.getBoundingClientRect().right > edge) out.push('text: ' + t.textContent.trim()); }"
          + " return out; }";

  /**
   * Nothing makes the page scroll sideways, once it has laid itself out for the new width (the
   * chart redraws on the resize event); else the failure names what reaches past the edge.
   */
  private void assertFitsTheScreen() {
    try {
      page.waitForFunction(
          "() => document.documentElement.scrollWidth <= window.innerWidth",
          null,
          new Page.WaitForFunctionOptions().setTimeout(5_000));
    } catch (TimeoutError tooWide) {
      Object offenders = page.evaluate(PAST_THE_RIGHT_EDGE);
      throw new AssertionError("the page scrolls sideways; past the right edge: " + offenders);
    }
  }

  @Test
  void theAdminCreatesATenantCopiesItsKeyRotatesItAndDeletesIt() {
    page.onDialog(Dialog::accept); // each confirmation
    context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
    String id = "created-" + UUID.randomUUID().toString().substring(0, 8);
    signIn(ADMIN_KEY);

    page.getByTestId("new-tenant").click();
    page.getByTestId("new-id").fill(id);
    page.getByTestId("provider-select").selectOption("whapi");
    page.getByTestId("whapi-token").fill("simulator-token");
    screenshot("new-tenant");
    page.getByTestId("create").click();
    String key = page.getByTestId("api-key").textContent();
    page.getByTestId("copy-key").click();
    assertThat(page.getByTestId("copy-result")).hasText("Copied");
    assertThat(page.evaluate("() => navigator.clipboard.readText()")).isEqualTo(key);
    screenshot("issued-key");
    api(key).get("/v1/tenants/" + id + "/capabilities").then().statusCode(200);

    page.navigate("/console/tenants");
    page.getByTestId("rotate-" + id).click();
    String rotated = page.getByTestId("api-key").textContent();
    assertThat(rotated).isNotEqualTo(key);
    api(key).get("/v1/tenants/" + id + "/capabilities").then().statusCode(401);
    api(rotated).get("/v1/tenants/" + id + "/capabilities").then().statusCode(200);

    page.navigate("/console/tenants");
    // The list the delete leads back to has the same URL as the one it starts from: wait for the
    // delete's request to go out (the confirmation accepted), then for the page it leads to.
    page.waitForRequest(
        request ->
            "POST".equals(request.method())
                && request.url().endsWith("/console/admin/tenants/" + id + "/delete"),
        () -> page.getByTestId("delete-" + id).click());
    page.waitForLoadState();
    assertThat(page).hasURL(Pattern.compile("/console/tenants$"));
    assertThat(page.getByTestId("tenant-" + id)).hasCount(0);
    api(rotated).get("/v1/tenants/" + id + "/capabilities").then().statusCode(401);
  }

  /** The gateway's API, as a caller with {@code key}. */
  private static RequestSpecification api(String key) {
    return given()
        .baseUri(baseUrl)
        .header("Authorization", "Bearer " + key)
        .contentType("application/json");
  }

  private void signIn(String key) {
    page.navigate("/console/sign-in");
    page.getByTestId("key").fill(key);
    page.getByTestId("sign-in").click();
    assertThat(page).hasURL(Pattern.compile("/console/tenants$"));
  }

  private Locator state(String tenant) {
    return page.getByTestId("state-" + tenant).getByTestId("state");
  }

  /** Replaces the dev simulator's Whapi health answer (the stub with the fixed id wins). */
  private static void whapiHealthReports(int code, String text) {
    MappingBuilder health =
        get(urlPathEqualTo("/health"))
            .withId(WHAPI_HEALTH)
            .atPriority(1)
            .willReturn(
                okJson(String.format(HEALTH, code, text, "AUTH".equals(text) ? LINKED_USER : "")));
    if (simulator.getStubMapping(WHAPI_HEALTH).isPresent()) {
      simulator.editStub(health);
    } else {
      simulator.stubFor(health);
    }
  }

  /**
   * Chromium logs the status of a page answered with an error, which these tests ask for on
   * purpose: the refused link page (403) and the failed sends (400 invalid, 422 rejected).
   */
  private static boolean expectedRefusal(String text, String location) {
    // the location is url:line:column
    return (text.contains("status of 403")
            && location.contains("/console/tenants/" + WHAPI + "/link:"))
        || ((text.contains("status of 400") || text.contains("status of 422"))
            && location.contains("/console/tenants/" + WHAPI + "/send:"));
  }

  private void screenshot(String name) {
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }
}
