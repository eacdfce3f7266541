package com.wagateway.adapter.whapi;

import com.wagateway.adapter.whapi.WhapiProviderMessageMapper.Forward;
import com.wagateway.adapter.whapi.WhapiProviderMessageMapper.MessageBody;
import com.wagateway.adapter.whapi.WhapiProviderMessageMapper.MessageList;
import com.wagateway.adapter.whapi.WhapiProviderMessageMapper.Pin;
import com.wagateway.adapter.whapi.WhapiProviderMessageMapper.Star;
import com.wagateway.adapter.whapi.WhapiResponses.Success;
import com.wagateway.domain.group.Slice;
import com.wagateway.domain.message.SentMessage;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.port.ProviderMessages;
import com.wagateway.domain.providermessage.HistoryFilter;
import com.wagateway.domain.providermessage.PinDuration;
import com.wagateway.domain.providermessage.ProviderMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The message history through Whapi's {@code /messages/list} endpoints (one for every chat, one for
 * a chat), and the actions on one message by Whapi's {@code MessageID}. Times go to Whapi in epoch
 * seconds.
 */
@ApplicationScoped
public class WhapiProviderMessages implements ProviderMessages {
  private final WhapiApi api;

  @Inject
  WhapiProviderMessages(WhapiApi api) {
    this.api = api;
  }

  @Override
  public ProviderId provider() {
    return ProviderId.WHAPI;
  }

  @Override
  public Set<Operation> supportedOperations() {
    return EnumSet.range(Operation.PROVIDER_MESSAGES_LIST, Operation.PROVIDER_MESSAGES_UNREACT);
  }

  @Override
  @Reaches("GET /messages/list")
  @Reaches("GET /messages/list/{ChatID}")
  public Slice<ProviderMessage> list(
      ProviderAccount account, HistoryFilter filter, int offset, int count) {
    Long from = seconds(filter.since());
    Long to = seconds(filter.until());
    BiFunction<WhapiMessagesClient, String, Response> request =
        filter.chatId() == null
            ? (c, a) -> c.list(a, count, offset, from, to)
            : (c, a) -> c.listChat(a, filter.chatId(), count, offset, from, to);
    return WhapiProviderMessageMapper.messages(
        api.call(account, WhapiMessagesClient.class, MessageList.class, request));
  }

  @Override
  @Reaches("GET /messages/{MessageID}")
  public ProviderMessage get(ProviderAccount account, String messageId) {
    return WhapiProviderMessageMapper.message(
        account,
        api.call(
            account, WhapiMessagesClient.class, MessageBody.class, (c, a) -> c.get(a, messageId)));
  }

  @Override
  @Reaches("POST /messages/{MessageID}")
  public SentMessage forward(ProviderAccount account, String messageId, String to) {
    return WhapiSentMessages.toDomain(
        account,
        api.call(
            account,
            WhapiMessagesClient.class,
            WhapiResponses.SentMessage.class,
            (c, a) -> c.forward(a, messageId, new Forward(to))));
  }

  @Override
  @Reaches("PUT /messages/{MessageID}/star")
  public void star(ProviderAccount account, String messageId, boolean starred) {
    succeed(account, (c, a) -> c.star(a, messageId, new Star(starred)));
  }

  @Override
  @Reaches("POST /messages/{MessageID}/pin")
  public void pin(ProviderAccount account, String messageId, PinDuration duration) {
    succeed(account, (c, a) -> c.pin(a, messageId, new Pin(duration.key())));
  }

  @Override
  @Reaches("DELETE /messages/{MessageID}/pin")
  public void unpin(ProviderAccount account, String messageId) {
    succeed(account, (c, a) -> c.unpin(a, messageId));
  }

  @Override
  @Reaches("DELETE /messages/{MessageID}/reaction")
  public void removeReaction(ProviderAccount account, String messageId) {
    succeed(account, (c, a) -> c.removeReaction(a, messageId));
  }

  private static Long seconds(Instant instant) {
    return instant == null ? null : instant.getEpochSecond();
  }

  private void succeed(
      ProviderAccount account, BiFunction<WhapiMessagesClient, String, Response> request) {
    WhapiJson.requireSuccess(
        account, api.call(account, WhapiMessagesClient.class, Success.class, request));
  }
}
