package com.wagateway.adapter.whapi;

import com.wagateway.adapter.whapi.WhapiRequests.ReactToMessage;
import com.wagateway.adapter.whapi.WhapiResponses.Success;
import com.wagateway.domain.message.MessageContent;
import com.wagateway.domain.message.MessageType;
import com.wagateway.domain.message.OutboundMessage;
import com.wagateway.domain.message.SentMessage;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.MessageSender;
import com.wagateway.domain.port.Operation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Sends every message type of the unified API through Whapi.Cloud's {@code /messages/*}, and marks
 * incoming messages read for the gateway's auto-read emulation.
 */
@ApplicationScoped
public class WhapiMessageSender implements MessageSender {
  private static final Set<Operation> SUPPORTED =
      Arrays.stream(Operation.values())
          .filter(op -> op.name().startsWith("SEND_"))
          .collect(() -> EnumSet.noneOf(Operation.class), Set::add, Set::addAll);

  private final WhapiApi api;

  @Inject
  WhapiMessageSender(WhapiApi api) {
    this.api = api;
  }

  @Override
  public ProviderId provider() {
    return ProviderId.WHAPI;
  }

  @Override
  public Set<Operation> supportedOperations() {
    return EnumSet.copyOf(SUPPORTED);
  }

  @Reaches("POST /messages/text")
  @Reaches("POST /messages/image")
  @Reaches("POST /messages/video")
  @Reaches("POST /messages/audio")
  @Reaches("POST /messages/voice")
  @Reaches("POST /messages/document")
  @Reaches("POST /messages/sticker")
  @Reaches("POST /messages/location")
  @Reaches("POST /messages/contact")
  @Reaches("POST /messages/link_preview")
  @Reaches("POST /messages/poll")
  @Reaches("POST /messages/interactive")
  @Reaches("PUT /messages/{MessageID}/reaction")
  @Override
  public CompletionStage<SentMessage> send(ProviderAccount account, OutboundMessage message) {
    if (message.content() instanceof MessageContent.Reaction reaction) {
      var body = new ReactToMessage(reaction.emoji());
      return api.send(
              account, Success.class, (c, auth) -> c.react(auth, reaction.messageId(), body))
          .thenApply(answer -> WhapiSentMessages.withoutId(account, answer));
    }
    if (WhapiRichMessages.TYPES.contains(message.type())) {
      return sendRich(account, message);
    }
    return api.send(account, WhapiResponses.SentMessage.class, WhapiMessages.request(message))
        .thenApply(answer -> WhapiSentMessages.toDomain(account, answer));
  }

  /**
   * The later send types, through {@link WhapiRichSendsClient}. Whapi answers an event with {@code
   * ResponseSuccess}, without a message id, and every other type with its {@code SentMessage}.
   */
  @Reaches("POST /messages/gif")
  @Reaches("POST /messages/short")
  @Reaches("POST /messages/live_location")
  @Reaches("POST /messages/contact_list")
  @Reaches("POST /messages/carousel")
  @Reaches("POST /communities/event")
  CompletionStage<SentMessage> sendRich(ProviderAccount account, OutboundMessage message) {
    var request = WhapiRichMessages.request(message);
    if (message.type() == MessageType.EVENT) {
      return api.send(account, WhapiRichSendsClient.class, Success.class, request)
          .thenApply(answer -> WhapiSentMessages.withoutId(account, answer));
    }
    return api.send(account, WhapiRichSendsClient.class, WhapiResponses.SentMessage.class, request)
        .thenApply(answer -> WhapiSentMessages.toDomain(account, answer));
  }

  /** {@code PUT /messages/{MessageID}}: Whapi's "mark as read" (blue ticks to the sender). */
  @Reaches("PUT /messages/{MessageID}")
  @Override
  public void markRead(ProviderAccount account, String providerMessageId) {
    Success answer =
        api.call(account, Success.class, (c, auth) -> c.markRead(auth, providerMessageId));
    WhapiJson.requireSuccess(account, answer);
  }
}
