package com.wagateway.adapter.whapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.wagateway.domain.event.WebhookTarget;
import com.wagateway.domain.message.MessageContent;
import com.wagateway.domain.message.Recipient;
import com.wagateway.domain.model.Secret;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The adapter's pure helpers: vCard rendering, error details, the webhook list. */
class WhapiUnitsTest {
  @Test
  void rendersAOneWordNameWithoutOrganizationOrEmail() {
    var contact =
        new MessageContent.Contact("Cher", new Recipient.PhoneNumber("14155550100"), null, null);

    assertThat(VCards.of(contact))
        .isEqualTo(
            "BEGIN:VCARD\nVERSION:3.0\nN:;Cher;;;\nFN:Cher\n"
                + "TEL;type=CELL;waid=14155550100:+14155550100\nEND:VCARD");
  }

  @Test
  void escapesVCardSpecialCharacters() {
    var contact =
        new MessageContent.Contact(
            "Ana", new Recipient.PhoneNumber("14155550100"), "Acme, Inc; Ltd", null);

    assertThat(VCards.of(contact)).contains("ORG:Acme\\, Inc\\; Ltd\n");
  }

  @Test
  void keepsOnlyWhapisErrorMessageFromAResponseError() {
    assertThat(WhapiErrorDetail.providerMessage("{\"error\":{\"code\":400,\"message\":\"Bad\"}}"))
        .isEqualTo("Bad");
    assertThat(WhapiErrorDetail.providerMessage("<html>oops</html>")).isNull();
    assertThat(WhapiErrorDetail.providerMessage("{\"error\":{\"code\":400}}")).isNull();
  }

  @Test
  void keepsFieldsOfAForeignWebhookThatTheSpecDoesNotKnow() throws JsonProcessingException {
    String foreign =
        """
        {"url":"https://crm.example.com/hook","mode":"body","callback_persist":true,
         "events":[{"type":"messages","method":"post","filter":{"from_me":false}}]}""";
    List<JsonNode> current =
        WhapiJson.MAPPER.readValue("[" + foreign + "]", new TypeReference<List<JsonNode>>() {});
    var target =
        new WebhookTarget(
            URI.create("https://gateway.example.com/hook"), "X-Secret", Secret.of("s3cr3t"));

    var update = WhapiWebhooks.replacing(current, WhapiWebhooks.gateway(target));

    assertThat(update.webhooks()).hasSize(2);
    assertThat(update.webhooks().get(0)).isEqualTo(WhapiJson.MAPPER.readTree(foreign));
    assertThat(update.webhooks().get(1).path("url").asText())
        .isEqualTo("https://gateway.example.com/hook");
  }
}
