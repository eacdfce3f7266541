package com.wagateway.application.messaging;

import com.wagateway.application.port.MessageLog;
import com.wagateway.domain.error.GatewayException;
import com.wagateway.domain.error.ProviderException;
import com.wagateway.domain.error.ResourceNotFoundException;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.message.OutboundMessage;
import com.wagateway.domain.message.SentMessage;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Completions;
import com.wagateway.domain.port.MessageSender;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Sends through the provider with the message recorded first, and its outcome after. A send whose
 * outcome the gateway cannot know (see {@link SendFailures#mayHaveSent}) is recorded {@link
 * DeliveryStatus#UNKNOWN}, never FAILED: a caller who read FAILED would send it again.
 */
final class TrackedDelivery {
  private static final System.Logger LOG = System.getLogger(TrackedDelivery.class.getName());

  /** The error code recorded when the gateway lost the provider's answer itself. */
  static final String OUTCOME_LOST = "OUTCOME_LOST";

  private final MessageLog log;
  private final Clock clock;
  private final Supplier<UUID> ids;

  TrackedDelivery(MessageLog log, Clock clock, Supplier<UUID> ids) {
    this.log = log;
    this.clock = clock;
    this.ids = ids;
  }

  /** A new id for a message about to be sent. */
  String newId() {
    return ids.get().toString();
  }

  CompletionStage<MessageReceipt> deliver(
      ProviderAccount account, MessageSender sender, OutboundMessage message) {
    return deliver(account, sender, message, newId());
  }

  /**
   * Records the attempt as message {@code id}, calls the provider once it is committed, then
   * records the outcome. The stage fails with the provider's {@link GatewayException} (after
   * recording it), or with the log's failure to record the attempt, in which case the provider is
   * not called. When only the outcome could not be recorded, the stage still answers what the
   * provider said: the message went out, and the caller must not send it again.
   */
  CompletionStage<MessageReceipt> deliver(
      ProviderAccount account, MessageSender sender, OutboundMessage message, String id) {
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
    // Only the provider call has an outcome to record: an attempt that was not recorded fails the
    // stage as it is, and the provider is never called.
    return log.recordAttempt(attempt)
        .thenCompose(
            recorded ->
                sender
                    .send(account, message)
                    .handle(
                        (sent, failure) ->
                            failure == null
                                ? recordSent(account, message, id, now, sent)
                                : recordFailed(id, Completions.cause(failure)))
                    .thenCompose(outcome -> outcome));
  }

  private CompletionStage<MessageReceipt> recordSent(
      ProviderAccount account, OutboundMessage message, String id, Instant at, SentMessage sent) {
    MessageReceipt receipt =
        new MessageReceipt(
            id,
            sent.providerMessageId(),
            account.provider(),
            account.tenantId(),
            message.to().value(),
            message.type(),
            sent.status(),
            at);
    return log.recordOutcome(id, sent.providerMessageId(), sent.status(), null, null, now())
        .handle(
            (recorded, failure) -> {
              if (failure != null) {
                // The record stays ACCEPTED; a replay of the send's key settles it as UNKNOWN.
                LOG.log(
                    Level.WARNING,
                    "Message {0} was sent but its outcome could not be recorded: {1}",
                    id,
                    Completions.cause(failure).toString());
              }
              return receipt;
            });
  }

  /**
   * A provider's answer is an outcome: FAILED when it proves nothing was sent, UNKNOWN when it may
   * have been. Anything else a sender throws (a bug) is passed on as it is.
   */
  private CompletionStage<MessageReceipt> recordFailed(String id, Throwable failure) {
    if (!(failure instanceof GatewayException refused)) {
      return Completions.failed(failure);
    }
    if (!SendFailures.mayHaveSent(refused)) {
      return log.recordOutcome(
              id, null, DeliveryStatus.FAILED, refused.code().name(), refused.getMessage(), now())
          .thenCompose(recorded -> Completions.failed(refused));
    }
    GatewayException told =
        refused instanceof ProviderException provider
            ? provider.withContext(
                "It may have been sent: message '"
                    + id
                    + "' is recorded as UNKNOWN, and a retry with the same Idempotency-Key"
                    + " returns it without sending it again.")
            : refused;
    return log.recordOutcome(
            id, null, DeliveryStatus.UNKNOWN, refused.code().name(), refused.getMessage(), now())
        .handle((recorded, unrecorded) -> null)
        .thenCompose(settled -> Completions.failed(told));
  }

  /** Microseconds: what databases keep, so a replayed answer is identical to the first. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /** The message as it stands now, rebuilt from its record; blocks on the log. */
  Optional<MessageReceipt> current(TenantId tenant, String messageId) {
    return log.find(tenant, messageId).map(this::settled);
  }

  /** As {@link #current}, for a message that must exist. */
  MessageReceipt replay(TenantId tenant, String messageId) {
    return current(tenant, messageId)
        .orElseThrow(() -> new ResourceNotFoundException(tenant, "Message '" + messageId + "'"));
  }

  /**
   * A message still ACCEPTED when its send is over (finished, or given up after its lease) lost its
   * outcome: the gateway stopped, or could not record the provider's answer. It may have been sent,
   * so it is recorded UNKNOWN, which a later status from the provider can settle.
   */
  private MessageReceipt settled(MessageRecord record) {
    if (record.status() != DeliveryStatus.ACCEPTED) {
      return record.toReceipt();
    }
    Completions.join(
        log.recordOutcome(
            record.id(),
            record.providerMessageId(),
            DeliveryStatus.UNKNOWN,
            OUTCOME_LOST,
            "The gateway lost the provider's answer (it stopped, or could not record it);"
                + " the message may have been sent",
            now()));
    return log.find(record.tenantId(), record.id()).orElseThrow().toReceipt();
  }
}
