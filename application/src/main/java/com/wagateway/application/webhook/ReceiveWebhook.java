package com.wagateway.application.webhook;

import com.wagateway.application.outbound.PublishEvents;
import com.wagateway.application.port.ConversationLog;
import com.wagateway.application.port.InboundEventStore;
import com.wagateway.application.port.MessageLog;
import com.wagateway.application.port.UnitOfWork;
import com.wagateway.application.port.WebhookSecrets;
import com.wagateway.application.tenant.ProviderRouter;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.error.GatewayException;
import com.wagateway.domain.error.UnauthenticatedException;
import com.wagateway.domain.event.InboundEvent;
import com.wagateway.domain.event.Normalized;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.Tenant;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.MessageSender;
import com.wagateway.domain.port.WebhookNormalizer;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Use case: a provider calls the gateway with a webhook. The secret is checked, the payload is read
 * into events, each event is stored once (redeliveries are dropped) together with its effects (a
 * received message joins the conversations; a status updates the stored message; subscribers'
 * deliveries are queued), and anything not understood is stored raw. Where the gateway emulates
 * auto-read, new incoming messages are then marked read. It never throws on a payload.
 */
public final class ReceiveWebhook {
  private static final System.Logger LOG = System.getLogger(ReceiveWebhook.class.getName());

  private final TenantResolver tenants;
  private final WebhookSecrets secrets;
  private final Map<ProviderId, WebhookNormalizer> normalizers = new EnumMap<>(ProviderId.class);
  private final InboundEventStore events;
  private final MessageLog messages;
  private final ConversationLog conversations;
  private final PublishEvents publisher;
  private final ProviderRouter router;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public ReceiveWebhook(
      TenantResolver tenants,
      WebhookSecrets secrets,
      Collection<WebhookNormalizer> normalizers,
      InboundEventStore events,
      MessageLog messages,
      ConversationLog conversations,
      PublishEvents publisher,
      ProviderRouter router,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.tenants = tenants;
    this.secrets = secrets;
    normalizers.forEach(n -> this.normalizers.put(n.provider(), n));
    this.events = events;
    this.messages = messages;
    this.conversations = conversations;
    this.publisher = publisher;
    this.router = router;
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
    Tenant tenant = tenants.require(tenantId);
    Instant now = clock.instant();
    Normalized read = normalizers.get(provider).normalize(payload);
    List<InboundEvent> fresh = new ArrayList<>();
    for (InboundEvent event : read.events()) {
      boolean isNew;
      try {
        isNew = storeAndApply(tenantId, event, now);
      } catch (RuntimeException raced) {
        // A concurrent delivery of the same event may have won the insert: the second attempt
        // then finds it stored. Any other failure fails again and is reported.
        isNew = storeAndApply(tenantId, event, now);
      }
      if (isNew) {
        fresh.add(event);
      }
    }
    if (!read.fullyUnderstood()) {
      events.storeRaw(tenantId, provider, payload, now);
    }
    markReadIfEmulated(tenant, provider, fresh);
    return new Outcome(
        read.events().size(), read.events().size() - fresh.size(), !read.fullyUnderstood());
  }

  /** The event and its effects land together: a stored event is never left unapplied. */
  private boolean storeAndApply(TenantId tenantId, InboundEvent event, Instant now) {
    return unitOfWork.inTransaction(
        () -> {
          boolean isNew = events.storeOnce(tenantId, event, now);
          if (isNew) {
            String messageId = apply(tenantId, event, now);
            publisher.publish(tenantId, event, messageId, now);
          }
          return isNew;
        });
  }

  /**
   * A received message joins the tenant's conversations; a status updates the sent message; an edit
   * or a deletion updates the received one.
   *
   * @return the gateway's id of the message a status or an action is about, when it was sent
   *     through the gateway
   */
  private String apply(TenantId tenant, InboundEvent event, Instant now) {
    if (event instanceof InboundEvent.MessageReceived received) {
      conversations.recordReceived(tenant, received, now);
      return null;
    }
    if (event instanceof InboundEvent.MessageStatusChanged status) {
      return messages
          .recordProviderStatus(
              tenant, status.providerMessageId(), status.status(), status.occurredAt())
          .orElse(null);
    }
    if (event instanceof InboundEvent.MessageActed acted) {
      conversations.applyAction(tenant, acted);
      return messages.idOfProviderMessage(tenant, acted.target()).orElse(null);
    }
    return null;
  }

  /**
   * Auto-read where the provider has no such setting: each new incoming message (not one sent from
   * the phone) is marked read. A failure is logged and left: the message itself is safely stored.
   */
  private void markReadIfEmulated(Tenant tenant, ProviderId provider, List<InboundEvent> fresh) {
    if (!tenant.autoRead() || tenant.provider() != provider) {
      return;
    }
    Optional<MessageSender> marker = router.readMarker(provider);
    if (marker.isEmpty()) {
      return;
    }
    for (InboundEvent event : fresh) {
      if (event instanceof InboundEvent.MessageReceived received && !received.message().fromMe()) {
        String providerMessageId = received.message().providerMessageId();
        try {
          marker.get().markRead(tenant.account(), providerMessageId);
        } catch (GatewayException e) {
          LOG.log(
              Level.WARNING,
              "Auto-read: could not mark message {0} of tenant {1} read: {2}",
              providerMessageId,
              tenant.id().value(),
              e.code());
        }
      }
    }
  }
}
