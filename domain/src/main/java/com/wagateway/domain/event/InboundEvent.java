package com.wagateway.domain.event;

import com.wagateway.domain.instance.ConnectionState;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.Require;
import java.time.Instant;

/**
 * Something a provider told the gateway through a webhook, in one model whatever the provider: a
 * message received, a status change of a sent message, an action on an earlier message (reaction,
 * edit, deletion, poll vote), or a change of the instance's state. {@code dedupKey} identifies the
 * event at the provider, so a repeated delivery can be dropped.
 */
public sealed interface InboundEvent {

  ProviderId provider();

  /** Stable across redeliveries of the same event by the provider. */
  String dedupKey();

  Instant occurredAt();

  /** The name subscribers know this kind of event by. */
  EventType type();

  /** {@code message.received}: a message came in (or was sent from the phone itself). */
  record MessageReceived(
      ProviderId provider, String dedupKey, Instant occurredAt, ReceivedMessage message)
      implements InboundEvent {
    public MessageReceived {
      Require.present(provider, "provider");
      Require.present(dedupKey, "dedupKey");
      Require.present(occurredAt, "occurredAt");
      Require.present(message, "message");
    }

    @Override
    public EventType type() {
      return EventType.MESSAGE_RECEIVED;
    }
  }

  /**
   * {@code message.status}: a message the gateway sent moved to SENT, DELIVERED, READ, PLAYED or
   * FAILED. In a group, {@code participant} is the member the status is about.
   */
  record MessageStatusChanged(
      ProviderId provider,
      String dedupKey,
      Instant occurredAt,
      String providerMessageId,
      DeliveryStatus status,
      String recipient,
      String participant)
      implements InboundEvent {
    public MessageStatusChanged {
      Require.present(provider, "provider");
      Require.present(dedupKey, "dedupKey");
      Require.present(occurredAt, "occurredAt");
      Require.present(providerMessageId, "providerMessageId");
      Require.present(status, "status");
    }

    @Override
    public EventType type() {
      return EventType.MESSAGE_STATUS;
    }
  }

  /**
   * Someone acted on an earlier message ({@code target}, the provider's id of it): reacted, edited,
   * deleted it, or voted in its poll. {@code action} says which and carries what it changed.
   */
  record MessageActed(
      ProviderId provider,
      String dedupKey,
      Instant occurredAt,
      Chat chat,
      Sender sender,
      String target,
      MessageAction action)
      implements InboundEvent {
    public MessageActed {
      Require.present(provider, "provider");
      Require.present(dedupKey, "dedupKey");
      Require.present(occurredAt, "occurredAt");
      Require.present(chat, "chat");
      Require.present(sender, "sender");
      Require.present(target, "target");
      Require.present(action, "action");
    }

    @Override
    public EventType type() {
      return action.type();
    }
  }

  /** {@code instance.status}: the WhatsApp session changed state (linked, logged out, QR...). */
  record InstanceStatusChanged(
      ProviderId provider,
      String dedupKey,
      Instant occurredAt,
      ConnectionState state,
      String providerState)
      implements InboundEvent {
    public InstanceStatusChanged {
      Require.present(provider, "provider");
      Require.present(dedupKey, "dedupKey");
      Require.present(occurredAt, "occurredAt");
      Require.present(state, "state");
    }

    @Override
    public EventType type() {
      return EventType.INSTANCE_STATUS;
    }
  }
}
