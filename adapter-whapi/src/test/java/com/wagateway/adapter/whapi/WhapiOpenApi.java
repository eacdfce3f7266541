package com.wagateway.adapter.whapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks requests against Whapi's own OpenAPI 1.8.7 document (the Prism-compatible copy), and the
 * operations it lacks against the seed reference's supplement.
 */
final class WhapiOpenApi {
  private static final OpenApiInteractionValidator VALIDATOR =
      validator("whapi-openapi-1.8.7.prism.yaml");
  private static final OpenApiInteractionValidator SUPPLEMENT =
      validator("whapi-openapi-supplement.yaml");
  private static final String NO_PATH = "validation.request.path.missing";

  /**
   * {@code EntryID} is a {@code oneOf} (ContactID or ChatID), and the validator parses a {@code
   * oneOf} path value as JSON, which no id is: such a value is checked against both patterns here.
   */
  private static final Pattern ENTRY_PATH = Pattern.compile("/presences/([^/]+)");

  private static final Pattern ENTRY_ID =
      Pattern.compile("^([\\d]{7,15})?$|^[\\d-]{10,31}@[\\w.]{1,}$");

  private WhapiOpenApi() {}

  /** Fails on any ERROR-level finding about any request the stub server received. */
  static void assertAllRequestsValid(WireMockServer wireMock) {
    List<String> errors =
        wireMock.getAllServeEvents().stream()
            .map(event -> event.getRequest())
            .flatMap(request -> errors(toRequest(request)).stream())
            .toList();
    assertThat(errors).as("requests that break Whapi's OpenAPI").isEmpty();
  }

  static List<String> errors(Request request) {
    ValidationReport report = VALIDATOR.validateRequest(request);
    if (report.getMessages().stream().anyMatch(m -> NO_PATH.equals(m.getKey()))) {
      report = SUPPLEMENT.validateRequest(request);
    }
    return report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .filter(m -> !isValidEntryId(request, m))
        .map(m -> request.getMethod() + " " + request.getPath() + ": " + m.getMessage())
        .toList();
  }

  private static boolean isValidEntryId(Request request, ValidationReport.Message message) {
    Matcher entry = ENTRY_PATH.matcher(request.getPath());
    return message.getMessage().startsWith("Unable to parse JSON")
        && entry.matches()
        && ENTRY_ID.matcher(decode(entry.group(1))).matches();
  }

  private static OpenApiInteractionValidator validator(String document) {
    return OpenApiInteractionValidator.createForSpecificationUrl(document)
        // Merges each allOf into one schema, so that undeclared (e.g. misspelled) fields fail.
        .withResolveCombinators(true)
        .build();
  }

  static Request toRequest(LoggedRequest logged) {
    URI uri = URI.create(logged.getUrl());
    var builder = new SimpleRequest.Builder(logged.getMethod().getName(), uri.getPath());
    for (HttpHeader header : logged.getHeaders().all()) {
      builder.withHeader(header.key(), header.values());
    }
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        String[] parts = pair.split("=", 2);
        builder.withQueryParam(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
      }
    }
    if (logged.getBody() != null && logged.getBody().length > 0) {
      builder.withBody(logged.getBodyAsString());
    }
    return builder.build();
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
