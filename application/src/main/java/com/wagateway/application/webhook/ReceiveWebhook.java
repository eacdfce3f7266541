package com.wagateway.application.webhook;

import com.wagateway.application.port.InboundEventStore;
import com.wagateway.application.port.MessageLog;
import com.wagateway.application.port.UnitOfWork;
import com.wagateway.application.port.WebhookSecrets;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.error.UnauthenticatedException;
import com.wagateway.domain.event.InboundEvent;
import com.wagateway.domain.event.Normalized;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.WebhookNormalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Use case: a provider calls the gateway with a webhook. The secret is checked, the payload is read
 * into events, each event is stored once (redeliveries are dropped), status events update the
 * stored message, and anything not understood is stored raw. It never throws on a payload.
 */
public final class ReceiveWebhook {
  private final TenantResolver tenants;
  private final WebhookSecrets secrets;
  private final Map<ProviderId, WebhookNormalizer> normalizers = new EnumMap<>(ProviderId.class);
  private final InboundEventStore events;
  private final MessageLog messages;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public ReceiveWebhook(
      TenantResolver tenants,
      WebhookSecrets secrets,
      Collection<WebhookNormalizer> normalizers,
      InboundEventStore events,
      MessageLog messages,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.tenants = tenants;
    this.secrets = secrets;
    normalizers.forEach(n -> this.normalizers.put(n.provider(), n));
    this.events = events;
    this.messages = messages;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /** What happened to one delivery, for the response and the logs. */
  public record Outcome(int received, int duplicates, boolean storedRaw) {}

  public Outcome receive(ProviderId provider, TenantId tenantId, String secret, String payload) {
    if (!secrets.matches(tenantId, secret)) {
      // Same answer for an unknown tenant: a caller without the secret learns nothing.
      throw new UnauthenticatedException("The webhook secret is not valid for this tenant");
    }
    tenants.require(tenantId);
    Instant now = clock.instant();
    Normalized read = normalizers.get(provider).normalize(payload);
    int duplicates = 0;
    for (InboundEvent event : read.events()) {
      boolean isNew;
      try {
        isNew = storeAndApply(tenantId, event, now);
      } catch (RuntimeException raced) {
        // A concurrent delivery of the same event may have won the insert: the second attempt
        // then finds it stored. Any other failure fails again and is reported.
        isNew = storeAndApply(tenantId, event, now);
      }
      duplicates += isNew ? 0 : 1;
    }
    if (!read.fullyUnderstood()) {
      events.storeRaw(tenantId, provider, payload, now);
    }
    return new Outcome(read.events().size(), duplicates, !read.fullyUnderstood());
  }

  /** The event and its effect land together: a stored event is never left unapplied. */
  private boolean storeAndApply(TenantId tenantId, InboundEvent event, Instant now) {
    return unitOfWork.inTransaction(
        () -> {
          boolean fresh = events.storeOnce(tenantId, event, now);
          if (fresh) {
            apply(tenantId, event);
          }
          return fresh;
        });
  }

  private void apply(TenantId tenant, InboundEvent event) {
    if (event instanceof InboundEvent.MessageStatusChanged status) {
      messages.recordProviderStatus(
          tenant, status.providerMessageId(), status.status(), status.occurredAt());
    }
  }
}
