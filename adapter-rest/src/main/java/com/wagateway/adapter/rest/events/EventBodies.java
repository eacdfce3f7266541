package com.wagateway.adapter.rest.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.wagateway.adapter.rest.events.EventViews.ChatView;
import com.wagateway.adapter.rest.events.EventViews.ContactView;
import com.wagateway.adapter.rest.events.EventViews.InteractiveReplyView;
import com.wagateway.adapter.rest.events.EventViews.LinkPreviewView;
import com.wagateway.adapter.rest.events.EventViews.LocationView;
import com.wagateway.adapter.rest.events.EventViews.MediaView;
import com.wagateway.adapter.rest.events.EventViews.PollView;
import com.wagateway.adapter.rest.events.EventViews.QuotedView;
import com.wagateway.adapter.rest.events.EventViews.SenderView;
import com.wagateway.adapter.rest.events.EventViews.TargetView;
import com.wagateway.application.outbound.OutboundEvent;
import com.wagateway.domain.event.Chat;
import com.wagateway.domain.event.InboundEvent;
import com.wagateway.domain.event.InboundEvent.InstanceStatusChanged;
import com.wagateway.domain.event.InboundEvent.MessageActed;
import com.wagateway.domain.event.InboundEvent.MessageReceived;
import com.wagateway.domain.event.InboundEvent.MessageStatusChanged;
import com.wagateway.domain.event.MessageAction;
import com.wagateway.domain.event.ReceivedContent;
import com.wagateway.domain.event.ReceivedMessage;
import com.wagateway.domain.event.Sender;
import java.time.Instant;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Turns a published event into the body subscribers receive. {@code downloadUrl} gives the
 * gateway's URL of a tenant's media id; {@code json} reads a provider's raw JSON.
 */
final class EventBodies {
  private final BiFunction<String, String, String> downloadUrl;
  private final Function<String, JsonNode> json;

  EventBodies(BiFunction<String, String, String> downloadUrl, Function<String, JsonNode> json) {
    this.downloadUrl = downloadUrl;
    this.json = json;
  }

  EventEnvelope envelope(OutboundEvent published) {
    InboundEvent event = published.event();
    String tenant = published.tenantId().value();
    String provider = event.provider().key();
    Instant at = event.occurredAt();
    EventData data;
    if (event instanceof MessageReceived m) {
      data = received(tenant, provider, at, m.message());
    } else if (event instanceof MessageStatusChanged s) {
      data =
          new EventData.Status(
              tenant,
              provider,
              at,
              published.messageId(),
              s.providerMessageId(),
              s.status().name(),
              s.recipient(),
              s.participant());
    } else if (event instanceof MessageActed a) {
      data = acted(tenant, provider, at, a, published.messageId());
    } else {
      InstanceStatusChanged i = (InstanceStatusChanged) event;
      data = new EventData.Instance(tenant, provider, at, i.state().name(), i.providerState());
    }
    return new EventEnvelope(
        event.type().key(), EventEnvelope.SCHEMA_VERSION, published.publishedAt(), data);
  }

  private EventData received(String tenant, String provider, Instant at, ReceivedMessage m) {
    ReceivedContent c = m.content();
    ReceivedMessage.Quoted q = m.quoted();
    return new EventData.Received(
        tenant,
        provider,
        at,
        m.providerMessageId(),
        chat(m.chat()),
        sender(m.sender()),
        m.fromMe(),
        m.forwarded(),
        m.mentions(),
        q == null ? null : new QuotedView(q.providerMessageId(), q.type().key(), q.text()),
        m.type().key(),
        c.text(),
        c.media() == null ? null : media(tenant, c.media()),
        c.location() == null
            ? null
            : new LocationView(
                c.location().latitude(),
                c.location().longitude(),
                c.location().name(),
                c.location().address()),
        c.contacts() == null
            ? null
            : c.contacts().stream().map(k -> new ContactView(k.name(), k.phones())).toList(),
        c.poll() == null ? null : new PollView(c.poll().title(), c.poll().options()),
        c.interactiveReply() == null
            ? null
            : new InteractiveReplyView(
                c.interactiveReply().kind().name().toLowerCase(Locale.ROOT),
                c.interactiveReply().id(),
                c.interactiveReply().title(),
                c.interactiveReply().description()),
        c.linkPreview() == null
            ? null
            : new LinkPreviewView(
                c.linkPreview().url(), c.linkPreview().title(), c.linkPreview().description()),
        m.raw() == null ? null : json.apply(m.raw()),
        m.chat().id(),
        m.sender().id(),
        m.sender().name(),
        m.type().key());
  }

  private MediaView media(String tenant, ReceivedContent.Media m) {
    return new MediaView(
        m.mediaId(),
        m.mimeType(),
        m.fileName(),
        m.sizeBytes(),
        m.sha256(),
        m.width(),
        m.height(),
        m.seconds(),
        // API WhatsApp Web keeps files at URLs of its own, with no id the gateway can serve by.
        m.mediaId() == null ? null : downloadUrl.apply(tenant, m.mediaId()));
  }

  private static EventData acted(
      String tenant, String provider, Instant at, MessageActed a, String messageId) {
    ChatView chat = chat(a.chat());
    SenderView sender = sender(a.sender());
    TargetView target = new TargetView(a.target(), messageId);
    MessageAction action = a.action();
    if (action instanceof MessageAction.Reaction r) {
      return new EventData.Reaction(
          tenant, provider, at, chat, sender, target, r.emoji(), r.removed());
    }
    if (action instanceof MessageAction.Edit e) {
      return new EventData.Edited(tenant, provider, at, chat, sender, target, e.text());
    }
    if (action instanceof MessageAction.Vote v) {
      return new EventData.Vote(tenant, provider, at, chat, sender, target, v.selectedOptions());
    }
    return new EventData.Deleted(tenant, provider, at, chat, sender, target);
  }

  private static ChatView chat(Chat chat) {
    return new ChatView(chat.id(), chat.kind().key());
  }

  private static SenderView sender(Sender sender) {
    return new SenderView(sender.id(), sender.phone(), sender.name());
  }
}
