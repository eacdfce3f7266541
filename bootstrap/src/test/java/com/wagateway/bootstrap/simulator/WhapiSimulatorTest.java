package com.wagateway.bootstrap.simulator;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.SingleRootFileSource;
import com.github.tomakehurst.wiremock.standalone.JsonFileMappingsSource;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.wagateway.adapter.whapi.WhapiDocuments;
import com.wagateway.bootstrap.simulator.WhapiSimulator.Answer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dev simulator answers every Whapi operation the gateway forwards as it is, each with its own
 * stub, with an answer that keeps to Whapi's document, and its stubs are the ones the bundled
 * documents produce today.
 */
class WhapiSimulatorTest {
  private static final List<Answer> ANSWERS = WhapiSimulator.answers();
  private static final Map<String, String> EXAMPLES = WhapiDocuments.examples();
  private static WireMockServer simulator;

  @BeforeAll
  static void startTheDevSimulator() {
    simulator =
        new WireMockServer(
            options()
                .dynamicPort()
                .mappingSource(
                    new JsonFileMappingsSource(
                        new SingleRootFileSource("src/dev/wiremock/mappings"), null)));
    simulator.start();
  }

  @AfterAll
  static void stop() {
    simulator.stop();
  }

  @Test
  void theStubsAreTheOnesTheBundledDocumentsProduce() throws IOException {
    Path file = Path.of(WhapiSimulator.FILE);
    String expected = WhapiSimulator.mappings(ANSWERS);
    if (Boolean.getBoolean("whapi.simulator.write")) {
      Files.writeString(file, expected);
    }
    assertThat(Files.readString(file))
        .as("%s is out of date; regenerate it with %s", file, WhapiSimulator.REGENERATE)
        .isEqualTo(expected);
  }

  @Test
  void answersEveryForwardedOperationWithItsOwnStub() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    Map<String, String> misrouted = new TreeMap<>();
    for (Answer answer : ANSWERS) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(simulator.baseUrl() + answer.examplePath(EXAMPLES)))
              .header("Authorization", "Bearer simulated")
              .method(answer.method(), HttpRequest.BodyPublishers.ofString("{}"))
              .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      ServeEvent served = simulator.getAllServeEvents().get(0);
      String stub = served.getStubMapping() == null ? null : served.getStubMapping().getName();
      if (response.statusCode() != answer.status() || !answer.name().equals(stub)) {
        misrouted.put(answer.name(), response.statusCode() + " from " + stub);
      }
    }
    assertThat(ANSWERS).isNotEmpty();
    assertThat(misrouted).isEmpty();
  }

  @Test
  void everyJsonAnswerKeepsToWhapisDocument() {
    Map<String, OpenApiInteractionValidator> validators = new TreeMap<>();
    Map<String, String> violations = new TreeMap<>();
    for (Answer answer : ANSWERS) {
      if (answer.body() == null) {
        continue;
      }
      OpenApiInteractionValidator validator =
          validators.computeIfAbsent(
              answer.document(),
              name ->
                  OpenApiInteractionValidator.createForInlineApiSpecification(
                          WhapiDocuments.text(name))
                      .withResolveCombinators(true)
                      // Whapi answers with fields its document leaves out (its own examples do),
                      // and the gateway passes answers through as they came.
                      .withLevelResolver(
                          LevelResolver.create()
                              .withLevel(
                                  "validation.response.body.schema.additionalProperties",
                                  ValidationReport.Level.IGNORE)
                              .build())
                      .build());
      var report =
          validator.validateResponse(
              answer.examplePath(EXAMPLES),
              Request.Method.valueOf(answer.method()),
              SimpleResponse.Builder.status(answer.status())
                  .withContentType(answer.contentType())
                  .withBody(answer.body().toString())
                  .build());
      if (report.hasErrors()) {
        violations.put(answer.name(), report.getMessages().toString());
      }
    }
    assertThat(violations).isEmpty();
  }
}
