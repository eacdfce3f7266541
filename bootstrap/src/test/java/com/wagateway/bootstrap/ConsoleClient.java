package com.wagateway.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The console driven as a browser drives it: a session cookie, and its CSRF token on changes. */
final class ConsoleClient {
  static final String COOKIE = "gw_console";
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private ConsoleClient() {}

  /** Signs in through the form and returns the session cookie's value. */
  static String signIn(String key) {
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

  static RequestSpecification session(String cookie) {
    return given().redirects().follow(false).cookie(COOKIE, cookie);
  }

  /** The CSRF token the console's pages embed for this session. */
  static String csrfOf(String cookie) {
    String page =
        session(cookie).get("/console/tenants").then().statusCode(200).extract().asString();
    Matcher token = CSRF.matcher(page);
    assertThat(token.find()).as("the page carries a CSRF token").isTrue();
    return token.group(1);
  }

  /** A form posted with this session's CSRF token. */
  static Response change(String cookie, String path, Map<String, String> fields) {
    return session(cookie).formParam("csrf", csrfOf(cookie)).formParams(fields).post(path);
  }
}
