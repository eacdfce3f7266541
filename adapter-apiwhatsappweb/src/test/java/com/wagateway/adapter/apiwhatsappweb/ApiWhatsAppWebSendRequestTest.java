package com.wagateway.adapter.apiwhatsappweb;

import static com.wagateway.adapter.apiwhatsappweb.ProviderStub.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.message.MediaSource;
import com.wagateway.domain.message.MessageContent;
import com.wagateway.domain.message.MessageType;
import com.wagateway.domain.message.OutboundMessage;
import com.wagateway.domain.message.Recipient;
import com.wagateway.domain.message.SentMessage;
import com.wagateway.domain.port.Completions;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every supported send leaves in exactly the shape the provider documents (or is assumed). */
@QuarkusTest
@WithTestResource(WireMockResource.class)
class ApiWhatsAppWebSendRequestTest {
  private static final String PHOTO = "https://cdn.example.com/photo.jpg";
  private static final String BASE64 = "iVBORw0KGgo=";

  @InjectWireMock WireMockServer server;
  @Inject ApiWhatsAppWebMessageSender sender;
  private ProviderStub provider;

  @BeforeEach
  void reset() {
    provider = new ProviderStub(server);
  }

  private SentMessage send(String to, MessageContent content, String path) {
    provider.acceptsSends(path);
    return Completions.join(
        sender.send(ACCOUNT, new OutboundMessage(Recipient.parse(to), content)));
  }

  private static MessageContent media(MessageType type, MediaSource source, String caption) {
    return new MessageContent.Media(type, source, caption, null);
  }

  private static MediaSource url(String url) {
    return MediaSource.Url.parse(url, "url");
  }

  @Test
  void sendsTextAsNumberAndMessageAndReportsItSent() {
    SentMessage sent =
        send("+57 300 123 4567", new MessageContent.Text("Hola", "quoted-1", false), "/api/text");

    provider.assertReceived(
        "POST", "/api/text", "{\"number\": \"573001234567\", \"message\": \"Hola\"}");
    assertThat(sent).isEqualTo(new SentMessage("msg-1", DeliveryStatus.SENT));
  }

  @Test
  void sendsToAPersonChatIdAsItsPhoneDigits() {
    send("573001234567@s.whatsapp.net", new MessageContent.Text("Hola", null, null), "/api/text");

    provider.assertReceived(
        "POST", "/api/text", "{\"number\": \"573001234567\", \"message\": \"Hola\"}");
  }

  @Test
  void sendsImageFromUrlWithCaption() {
    send("573001234567", media(MessageType.IMAGE, url(PHOTO), "Look"), "/api/image");

    provider.assertReceived(
        "POST",
        "/api/image",
        "{\"number\": \"573001234567\", \"image\": \"%s\", \"caption\": \"Look\"}"
            .formatted(PHOTO));
  }

  @Test
  void sendsImageFromBase64AsTheRawBase64String() {
    var inline = new MediaSource.Inline(BASE64, "image/png");
    send("573001234567", media(MessageType.IMAGE, inline, null), "/api/image");

    provider.assertReceived(
        "POST",
        "/api/image",
        "{\"number\": \"573001234567\", \"image\": \"%s\"}".formatted(BASE64));
  }

  @Test
  void sendsDocumentFromUrlWithFileNameAndCaption() {
    String pdf = "https://cdn.example.com/invoice.pdf";
    var content = new MessageContent.Media(MessageType.DOCUMENT, url(pdf), "Invoice", "inv.pdf");
    send("573001234567", content, "/api/document");

    provider.assertReceived(
        "POST",
        "/api/document",
        """
        {"number": "573001234567", "document": "%s", "fileName": "inv.pdf", "caption": "Invoice"}
        """
            .formatted(pdf));
  }

  @Test
  void sendsDocumentFromBase64() {
    var inline = new MediaSource.Inline(BASE64, "application/pdf");
    var content = new MessageContent.Media(MessageType.DOCUMENT, inline, null, "a.pdf");
    send("573001234567", content, "/api/document");

    provider.assertReceived(
        "POST",
        "/api/document",
        "{\"number\": \"573001234567\", \"document\": \"%s\", \"fileName\": \"a.pdf\"}"
            .formatted(BASE64));
  }

  @Test
  void sendsAudioFromUrl() {
    String ogg = "https://cdn.example.com/a.ogg";
    send("573001234567", media(MessageType.AUDIO, url(ogg), null), "/api/audio");

    provider.assertReceived(
        "POST", "/api/audio", "{\"number\": \"573001234567\", \"audio\": \"%s\"}".formatted(ogg));
  }

  @Test
  void sendsAudioFromBase64() {
    var inline = new MediaSource.Inline(BASE64, "audio/ogg");
    send("573001234567", media(MessageType.AUDIO, inline, null), "/api/audio");

    provider.assertReceived(
        "POST",
        "/api/audio",
        "{\"number\": \"573001234567\", \"audio\": \"%s\"}".formatted(BASE64));
  }

  @Test
  void sendsVideoFromUrlWithCaption() {
    String mp4 = "https://cdn.example.com/v.mp4";
    send("573001234567", media(MessageType.VIDEO, url(mp4), "Clip"), "/api/video");

    provider.assertReceived(
        "POST",
        "/api/video",
        "{\"number\": \"573001234567\", \"video\": \"%s\", \"caption\": \"Clip\"}".formatted(mp4));
  }

  @Test
  void sendsVideoFromBase64() {
    var inline = new MediaSource.Inline(BASE64, "video/mp4");
    send("573001234567", media(MessageType.VIDEO, inline, null), "/api/video");

    provider.assertReceived(
        "POST",
        "/api/video",
        "{\"number\": \"573001234567\", \"video\": \"%s\"}".formatted(BASE64));
  }

  @Test
  void sendsLocationWithNameAndAddress() {
    var location = new MessageContent.Location(4.711, -74.0721, "Office", "Calle 1 # 2-3");
    SentMessage sent = send("573001234567", location, "/api/location");

    provider.assertReceived(
        "POST",
        "/api/location",
        """
        {"number": "573001234567", "latitude": 4.711, "longitude": -74.0721,
         "name": "Office", "address": "Calle 1 # 2-3"}
        """);
    assertThat(sent.providerMessageId()).isEqualTo("msg-1");
  }

  @Test
  void sendsLocationWithoutOptionalFields() {
    send("573001234567", new MessageContent.Location(-33.5, 151.25, null, null), "/api/location");

    provider.assertReceived(
        "POST",
        "/api/location",
        "{\"number\": \"573001234567\", \"latitude\": -33.5, \"longitude\": 151.25}");
  }
}
