package com.wagateway.application.messaging;

import com.wagateway.application.port.MessageLog;
import com.wagateway.domain.error.GatewayException;
import com.wagateway.domain.error.ResourceNotFoundException;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.message.OutboundMessage;
import com.wagateway.domain.message.SentMessage;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.MessageSender;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
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

  MessageReceipt deliver(ProviderAccount account, MessageSender sender, OutboundMessage message) {
    String id = ids.get().toString();
    Instant now = now();
    log.recordAttempt(
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
            List.of(new MessageRecord.StatusChange(DeliveryStatus.ACCEPTED, now))));
    SentMessage sent;
    try {
      sent = sender.send(account, message);
    } catch (GatewayException failed) {
      log.recordOutcome(
          id, null, DeliveryStatus.FAILED, failed.code().name(), failed.getMessage(), now());
      throw failed;
    }
    log.recordOutcome(id, sent.providerMessageId(), sent.status(), null, null, now());
    return new MessageReceipt(
        id,
        sent.providerMessageId(),
        account.provider(),
        account.tenantId(),
        message.to().value(),
        message.type(),
        sent.status(),
        now);
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
