package com.wagateway.bootstrap.resilience;

import com.wagateway.bootstrap.resilience.ProviderGuards.Repeat;
import com.wagateway.domain.message.OutboundMessage;
import com.wagateway.domain.message.SentMessage;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.port.Completions;
import com.wagateway.domain.port.MessageSender;
import java.util.concurrent.CompletionStage;

/** A provider's sender behind the gateway's fault tolerance, counting every send by outcome. */
final class GuardedMessageSender extends GuardedPort<MessageSender> implements MessageSender {
  private final GatewayMetrics metrics;

  GuardedMessageSender(MessageSender delegate, ProviderGuards guards, GatewayMetrics metrics) {
    super(delegate, guards);
    this.metrics = metrics;
  }

  @Override
  public CompletionStage<SentMessage> send(ProviderAccount account, OutboundMessage message) {
    return guards
        .send(account, "send", Repeat.ONLY_IF_NOT_REACHED, () -> delegate.send(account, message))
        .whenComplete(
            (sent, failure) ->
                metrics.sent(
                    account.tenantId(),
                    account.provider(),
                    message.type(),
                    failure == null
                        ? GatewayMetrics.OK
                        : GatewayMetrics.outcomeOf(Completions.cause(failure))));
  }

  @Override
  public void markRead(ProviderAccount account, String providerMessageId) {
    // Marking read twice changes nothing: safe to repeat.
    guards.run(
        account, "mark-read", Repeat.SAFE, () -> delegate.markRead(account, providerMessageId));
  }
}
