package com.wagateway.adapter.apiwhatsappweb;

import static com.wagateway.adapter.apiwhatsappweb.ProviderStub.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.wagateway.domain.event.WebhookTarget;
import com.wagateway.domain.message.MediaSource;
import com.wagateway.domain.message.MessageContent;
import com.wagateway.domain.message.MessageType;
import com.wagateway.domain.message.OutboundMessage;
import com.wagateway.domain.message.Recipient;
import com.wagateway.domain.port.Completions;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The assumed send and webhook paths are configuration: changing one changes the URL called. */
@QuarkusTest
@TestProfile(PathOverrideTest.CustomImagePath.class)
@WithTestResource(WireMockResource.class)
class PathOverrideTest {
  @InjectWireMock WireMockServer server;
  @Inject ApiWhatsAppWebMessageSender sender;
  @Inject ApiWhatsAppWebProfileConfigurer configurer;

  /** Moves the image send and the receive webhook to paths the defaults never use. */
  public static class CustomImagePath implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "gateway.providers.apiwhatsappweb.paths.image", "/v2/send/image",
          "gateway.providers.apiwhatsappweb.webhook-paths.receive", "/v2/webhooks/incoming");
    }
  }

  @Test
  void sendsImagesToTheConfiguredPath() {
    var provider = new ProviderStub(server);
    provider.acceptsSends("/v2/send/image");
    var image = MediaSource.Url.parse("https://cdn.example.com/p.jpg", "url");

    var sent =
        Completions.join(
            sender.send(
                ACCOUNT,
                new OutboundMessage(
                    Recipient.parse("573001234567"),
                    new MessageContent.Media(MessageType.IMAGE, image, null, null))));

    assertThat(sent.providerMessageId()).isEqualTo("msg-1");
    provider.assertReceived(
        "POST",
        "/v2/send/image",
        "{\"number\": \"573001234567\", \"image\": \"https://cdn.example.com/p.jpg\"}");
  }

  @Test
  void registersTheReceiveWebhookOnTheConfiguredPath() {
    var provider = new ProviderStub(server);
    provider.everyRequestGets(200, ProviderStub.WEBHOOK_SET);
    String url = "https://gateway.example.com/v1/webhooks/apiwhatsappweb/acme/s";

    configurer.registerWebhook(ACCOUNT, WebhookTarget.withSecretInPath(URI.create(url)));

    provider.assertReceived("PUT", "/v2/webhooks/incoming", "{\"URL\": \"%s\"}".formatted(url));
    assertThat(server.getAllServeEvents())
        .noneMatch(e -> e.getRequest().getUrl().equals("/api/config/receive"));
  }
}
