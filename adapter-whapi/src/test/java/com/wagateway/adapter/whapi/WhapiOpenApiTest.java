package com.wagateway.adapter.whapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.SimpleRequest;
import org.junit.jupiter.api.Test;

/** Proves the OpenAPI check used after every adapter test really rejects malformed requests. */
class WhapiOpenApiTest {

  private static SimpleRequest textSend(String json) {
    return new SimpleRequest.Builder("POST", "/messages/text")
        .withAuthorization(WhapiFixtures.BEARER)
        .withContentType("application/json")
        .withBody(json)
        .build();
  }

  @Test
  void acceptsADocumentedTextSend() {
    assertThat(WhapiOpenApi.errors(textSend("{\"to\":\"573001234567\",\"body\":\"Hi\"}")))
        .isEmpty();
  }

  @Test
  void rejectsATextSendWithoutBody() {
    assertThat(WhapiOpenApi.errors(textSend("{\"to\":\"573001234567\"}"))).isNotEmpty();
  }

  @Test
  void rejectsARenamedField() {
    String renamed = "{\"to\":\"573001234567\",\"body\":\"Hi\",\"noLinkPreview\":true}";

    assertThat(WhapiOpenApi.errors(textSend(renamed))).isNotEmpty();
  }

  @Test
  void rejectsAWronglyTypedField() {
    String wrong = "{\"to\":\"573001234567\",\"body\":\"Hi\",\"no_link_preview\":\"yes\"}";

    assertThat(WhapiOpenApi.errors(textSend(wrong))).isNotEmpty();
  }

  @Test
  void rejectsAnUndocumentedPath() {
    var request =
        new SimpleRequest.Builder("POST", "/messages/txt")
            .withAuthorization(WhapiFixtures.BEARER)
            .withContentType("application/json")
            .withBody("{\"to\":\"573001234567\",\"body\":\"Hi\"}")
            .build();

    assertThat(WhapiOpenApi.errors(request)).isNotEmpty();
  }

  @Test
  void checksTheWebhookListOfASettingsPatch() {
    String documented =
        """
        {"webhooks":[{"url":"https://a.example","mode":"body","headers":{"X-A":"b"},
         "events":[{"type":"users","method":"delete"}]}]}""";
    String undocumentedEvent =
        """
        {"webhooks":[{"url":"https://a.example",
         "events":[{"type":"everything","method":"post"}]}]}""";

    assertThat(WhapiOpenApi.errors(settingsPatch(documented))).isEmpty();
    assertThat(WhapiOpenApi.errors(settingsPatch(undocumentedEvent))).isNotEmpty();
  }

  private static SimpleRequest settingsPatch(String json) {
    return new SimpleRequest.Builder("PATCH", "/settings")
        .withAuthorization(WhapiFixtures.BEARER)
        .withContentType("application/json")
        .withBody(json)
        .build();
  }
}
