package com.wagateway.adapter.apiwhatsappweb;

import com.wagateway.adapter.apiwhatsappweb.SendBodies.SendResponse;
import com.wagateway.domain.error.GatewayException;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.message.OutboundMessage;
import com.wagateway.domain.message.SentMessage;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.Completions;
import com.wagateway.domain.port.MessageSender;
import com.wagateway.domain.port.Operation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Sends text, image, document, audio, video and location through API WhatsApp Web.
 *
 * <p>Only text is documented; the other sends are assumed to follow it (paths configurable).
 * Assumed too: inline media goes as the raw base64 string (the provider's config docs accept "una
 * cadena Base64"), a URL as itself. Text's {@code quotedMessageId} and {@code linkPreview} have no
 * provider field and are ignored. Groups and stored media ids are not supported.
 */
@ApplicationScoped
public class ApiWhatsAppWebMessageSender implements MessageSender {
  private static final Set<Operation> SUPPORTED =
      EnumSet.of(
          Operation.SEND_TEXT,
          Operation.SEND_IMAGE,
          Operation.SEND_DOCUMENT,
          Operation.SEND_AUDIO,
          Operation.SEND_VIDEO,
          Operation.SEND_LOCATION);

  private final ApiWhatsAppWebClients clients;

  ApiWhatsAppWebMessageSender(ApiWhatsAppWebClients clients) {
    this.clients = clients;
  }

  @Override
  public ProviderId provider() {
    return ProviderId.APIWHATSAPPWEB;
  }

  @Override
  public Set<Operation> supportedOperations() {
    return EnumSet.copyOf(SUPPORTED);
  }

  @Override
  public CompletionStage<SentMessage> send(ProviderAccount account, OutboundMessage message) {
    SendRequests.Send send;
    try {
      send = request(account, message);
    } catch (GatewayException refused) {
      return Completions.failed(refused);
    }
    return ApiWhatsAppWebErrors.send(account, () -> post(account, send))
        .thenApply(answer -> sent(account, answer));
  }

  private SendRequests.Send request(ProviderAccount account, OutboundMessage message) {
    Operation operation = Operation.sending(message.type());
    if (!SUPPORTED.contains(operation)) {
      throw SendValues.unsupported(
          account, message, "API WhatsApp Web cannot send " + operation.key());
    }
    String number = SendValues.number(account, message);
    String media = SendValues.media(account, message);
    return SendRequests.of(clients.paths(), number, message.content(), media);
  }

  private static SentMessage sent(ProviderAccount account, SendResponse answer) {
    SendResponse body = Answers.body(account, answer);
    Answers.refuseError(account, body.error());
    String id = Answers.required(account, body.messageId(), "messageId");
    return new SentMessage(id, DeliveryStatus.SENT);
  }

  private CompletionStage<SendResponse> post(ProviderAccount account, SendRequests.Send send) {
    Caller caller = Caller.of(account);
    String path = ApiWhatsAppWebClients.relative(send.path());
    return clients.send().send(caller.apiKey(), caller.id(), path, send.body());
  }
}
