package com.wagateway.application.messaging;

import com.wagateway.application.port.MessageLog;
import com.wagateway.domain.error.GatewayException;
import com.wagateway.domain.error.ResourceNotFoundException;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.message.OutboundMessage;
import com.wagateway.domain.message.SentMessage;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Completions;
import com.wagateway.domain.port.MessageSender;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/** Sends through the provider with the message recorded first, and its outcome after. */
final class TrackedDelivery {
  private final MessageLog log;
  private final Clock clock;
  private final Supplier<UUID> ids;

  TrackedDelivery(MessageLog log, Clock clock, Supplier<UUID> ids) {
    this.log = log;
    this.clock = clock;
    this.ids = ids;
  }

  /**
   * Records the attempt, calls the provider once it is committed, then records the outcome. The
   * stage fails with the provider's {@link GatewayException} (after recording it), or with the
   * log's failure, in which case the provider is not called.
   */
  CompletionStage<MessageReceipt> deliver(
      ProviderAccount account, MessageSender sender, OutboundMessage message) {
    String id = ids.get().toString();
    Instant now = now();
    MessageRecord attempt =
        new MessageRecord(
            id,
            account.tenantId(),
            account.provider(),
            null,
            message.to().value(),
            message.type(),
            DeliveryStatus.ACCEPTED,
            now,
            now,
            null,
            null,
            List.of(new MessageRecord.StatusChange(DeliveryStatus.ACCEPTED, now)));
    return log.recordAttempt(attempt)
        .thenCompose(recorded -> sender.send(account, message))
        .handle(
            (sent, failure) ->
                failure == null
                    ? recordSent(account, message, id, now, sent)
                    : recordFailed(id, Completions.cause(failure)))
        .thenCompose(outcome -> outcome);
  }

  private CompletionStage<MessageReceipt> recordSent(
      ProviderAccount account, OutboundMessage message, String id, Instant at, SentMessage sent) {
    return log.recordOutcome(id, sent.providerMessageId(), sent.status(), null, null, now())
        .thenApply(
            recorded ->
                new MessageReceipt(
                    id,
                    sent.providerMessageId(),
                    account.provider(),
                    account.tenantId(),
                    message.to().value(),
                    message.type(),
                    sent.status(),
                    at));
  }

  /** Only a provider's answer is an outcome; anything else (the log failing) is passed on. */
  private CompletionStage<MessageReceipt> recordFailed(String id, Throwable failure) {
    if (!(failure instanceof GatewayException refused)) {
      return Completions.failed(failure);
    }
    return log.recordOutcome(
            id, null, DeliveryStatus.FAILED, refused.code().name(), refused.getMessage(), now())
        .thenCompose(recorded -> Completions.failed(refused));
  }

  /** Microseconds: what databases keep, so a replayed answer is identical to the first. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /** The answer a completed send gave, rebuilt from its record. */
  MessageReceipt replay(TenantId tenant, String messageId) {
    return log.find(tenant, messageId)
        .map(MessageRecord::toReceipt)
        .orElseThrow(() -> new ResourceNotFoundException(tenant, "Message '" + messageId + "'"));
  }
}
