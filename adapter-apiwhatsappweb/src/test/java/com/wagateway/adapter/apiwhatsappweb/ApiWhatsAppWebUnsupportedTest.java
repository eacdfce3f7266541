package com.wagateway.adapter.apiwhatsappweb;

import static com.wagateway.adapter.apiwhatsappweb.GatewayAssertions.failsWith;
import static com.wagateway.adapter.apiwhatsappweb.ProviderStub.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.wagateway.domain.error.CapabilityNotSupportedException;
import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.message.MediaSource;
import com.wagateway.domain.message.MessageContent;
import com.wagateway.domain.message.MessageType;
import com.wagateway.domain.message.OutboundMessage;
import com.wagateway.domain.message.Recipient;
import com.wagateway.domain.port.Completions;
import com.wagateway.domain.port.Operation;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What API WhatsApp Web cannot do is refused before any request leaves. */
@QuarkusTest
@WithTestResource(WireMockResource.class)
class ApiWhatsAppWebUnsupportedTest {
  private static final MediaSource CLIP = MediaSource.Url.parse("https://cdn.example.com/a", "u");

  @InjectWireMock WireMockServer server;
  @Inject ApiWhatsAppWebMessageSender sender;
  @Inject ApiWhatsAppWebProfileConfigurer configurer;
  @Inject ApiWhatsAppWebGroups groups;
  private ProviderStub provider;

  @BeforeEach
  void reset() {
    provider = new ProviderStub(server);
    provider.everyRequestGets(200, "{\"success\": \"ok\", \"messageId\": \"should-not-happen\"}");
  }

  private void refusesToSend(String to, MessageContent content, Operation operation) {
    var failure =
        failsWith(
            ErrorCode.CAPABILITY_NOT_SUPPORTED,
            () ->
                Completions.join(
                    sender.send(ACCOUNT, new OutboundMessage(Recipient.parse(to), content))));
    assertThat(((CapabilityNotSupportedException) failure).operation()).isEqualTo(operation);
    provider.assertReceivedNothing();
  }

  private void refusesToSend(MessageContent content) {
    refusesToSend("573001234567", content, Operation.sending(content.type()));
  }

  @Test
  void declaresOnlyTheSendsItCanDo() {
    assertThat(sender.supportedOperations())
        .containsExactlyInAnyOrder(
            Operation.SEND_TEXT,
            Operation.SEND_IMAGE,
            Operation.SEND_DOCUMENT,
            Operation.SEND_AUDIO,
            Operation.SEND_VIDEO,
            Operation.SEND_LOCATION);
  }

  @Test
  void refusesVoiceNotes() {
    refusesToSend(new MessageContent.Media(MessageType.VOICE, CLIP, null, null));
  }

  @Test
  void refusesStickers() {
    refusesToSend(new MessageContent.Media(MessageType.STICKER, CLIP, null, null));
  }

  @Test
  void refusesContacts() {
    refusesToSend(
        new MessageContent.Contact("Ana", new Recipient.PhoneNumber("573001234567"), null, null));
  }

  @Test
  void refusesPolls() {
    refusesToSend(new MessageContent.Poll("Lunch?", List.of("Yes", "No"), 1));
  }

  @Test
  void refusesInteractiveButtons() {
    var yes = new MessageContent.Interactive.Button("yes", "Yes");
    refusesToSend(new MessageContent.Interactive(null, "Pick one", null, List.of(yes)));
  }

  @Test
  void refusesReactions() {
    refusesToSend(new MessageContent.Reaction("msg-1", "👍"));
  }

  @Test
  void refusesLinkPreviews() {
    var link = MediaSource.Url.parse("https://example.com", "url");
    refusesToSend(
        new MessageContent.LinkPreview("See https://example.com", link, "Ex", null, null));
  }

  @Test
  void refusesGroupRecipients() {
    refusesToSend(
        "120363012345678901@g.us",
        new MessageContent.Text("Hola", null, null),
        Operation.SEND_TEXT);
  }

  @Test
  void refusesStoredMediaIds() {
    refusesToSend(
        new MessageContent.Media(MessageType.IMAGE, new MediaSource.Stored("media-1"), null, null));
  }

  @Test
  void refusesToReadTheProfileAndDoesNotDeclareIt() {
    failsWith(ErrorCode.CAPABILITY_NOT_SUPPORTED, () -> configurer.read(ACCOUNT));

    provider.assertReceivedNothing();
    assertThat(configurer.supportedOperations())
        .containsExactlyInAnyOrder(
            Operation.PROFILE_UPDATE,
            Operation.PROFILE_PICTURE,
            Operation.AUTO_READ,
            Operation.WEBHOOK_REGISTER);
  }

  @Test
  void declaresNoGroupOperationAndRefusesADirectCallWithoutARequest() {
    var failure = failsWith(ErrorCode.CAPABILITY_NOT_SUPPORTED, () -> groups.list(ACCOUNT, 0, 10));

    assertThat(((CapabilityNotSupportedException) failure).operation())
        .isEqualTo(Operation.GROUPS_LIST);
    assertThat(groups.supportedOperations()).isEmpty();
    provider.assertReceivedNothing();
  }
}
