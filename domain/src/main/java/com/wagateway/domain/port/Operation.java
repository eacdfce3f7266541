package com.wagateway.domain.port;

import com.wagateway.domain.message.MessageType;

/** Every operation of the unified API that a provider may or may not support. */
public enum Operation {
  SEND_TEXT("messages.text"),
  SEND_IMAGE("messages.image"),
  SEND_VIDEO("messages.video"),
  SEND_AUDIO("messages.audio"),
  SEND_VOICE("messages.voice"),
  SEND_DOCUMENT("messages.document"),
  SEND_STICKER("messages.sticker"),
  SEND_LOCATION("messages.location"),
  SEND_CONTACT("messages.contact"),
  SEND_LINK_PREVIEW("messages.link-preview"),
  SEND_POLL("messages.poll"),
  SEND_INTERACTIVE("messages.interactive"),
  SEND_REACTION("messages.reaction"),
  SEND_GIF("messages.gif"),
  SEND_SHORT("messages.short"),
  SEND_LIVE_LOCATION("messages.live-location"),
  SEND_CONTACT_LIST("messages.contact-list"),
  SEND_CAROUSEL("messages.carousel"),
  SEND_EVENT("messages.event"),
  MESSAGE_READ("messages.read"),
  MESSAGE_DELETE("messages.delete"),
  CHAT_READ("chats.read"),
  CHAT_PRESENCE("chats.presence"),
  CONTACTS_CHECK("contacts.check"),
  PROFILE_READ("profile.read"),
  PROFILE_UPDATE("profile.update"),
  PROFILE_PICTURE("profile.picture"),
  AUTO_READ("settings.auto-read"),
  WEBHOOK_REGISTER("settings.webhook"),
  INSTANCE_STATUS("instance.status"),
  INSTANCE_QR("instance.qr"),
  INSTANCE_LOGOUT("instance.logout"),
  MEDIA_DOWNLOAD("media.download"),
  MEDIA_UPLOAD("media.upload"),
  GROUPS_LIST("groups.list"),
  GROUPS_CREATE("groups.create"),
  GROUPS_READ("groups.read"),
  GROUPS_UPDATE("groups.update"),
  GROUPS_ICON("groups.icon"),
  GROUPS_SETTINGS("groups.settings"),
  GROUPS_LEAVE("groups.leave"),
  GROUPS_PARTICIPANTS_ADD("groups.participants.add"),
  GROUPS_PARTICIPANTS_REMOVE("groups.participants.remove"),
  GROUPS_ADMINS_PROMOTE("groups.admins.promote"),
  GROUPS_ADMINS_DEMOTE("groups.admins.demote"),
  GROUPS_INVITE_READ("groups.invite.read"),
  GROUPS_INVITE_REVOKE("groups.invite.revoke"),
  GROUPS_INVITE_JOIN("groups.invite.join"),
  GROUPS_INVITE_INFO("groups.invite.info"),
  GROUPS_JOIN_REQUESTS_LIST("groups.join-requests.list"),
  GROUPS_JOIN_REQUESTS_APPROVE("groups.join-requests.approve"),
  GROUPS_JOIN_REQUESTS_REJECT("groups.join-requests.reject"),
  MEDIA_LIST("media.list"),
  MEDIA_DELETE("media.delete"),
  LABELS_LIST("labels.list"),
  LABELS_CREATE("labels.create"),
  LABELS_READ("labels.read"),
  LABELS_ASSIGN("labels.assign"),
  LABELS_REMOVE("labels.remove"),
  CHANNEL_LIMITS("channel.limits"),
  CHANNEL_EVENTS("channel.events"),
  CHANNEL_WEBHOOK_TEST("channel.webhook-test"),
  CHATS_LIST("chats.list"),
  CHATS_GET("chats.get"),
  CHATS_ARCHIVE("chats.archive"),
  CHATS_PIN("chats.pin"),
  CHATS_MUTE("chats.mute"),
  CHATS_UNREAD("chats.unread"),
  CHATS_DISAPPEARING("chats.disappearing"),
  CHATS_DELETE("chats.delete"),
  CONTACTS_LIST("contacts.list"),
  CONTACTS_READ("contacts.read"),
  CONTACTS_BLOCKED("contacts.blocked"),
  CONTACTS_BLOCK("contacts.block"),
  CONTACTS_UNBLOCK("contacts.unblock"),
  PRESENCE_OWN("presence.own"),
  PRESENCE_READ("presence.read"),
  PRESENCE_SUBSCRIBE("presence.subscribe"),
  ACCOUNT_PAIRING_CODE("account.pairing-code"),
  ACCOUNT_ABOUT("account.about"),
  ACCOUNT_INFO("account.info"),
  PROVIDER_MESSAGES_LIST("provider-messages.list"),
  PROVIDER_MESSAGES_GET("provider-messages.get"),
  PROVIDER_MESSAGES_FORWARD("provider-messages.forward"),
  PROVIDER_MESSAGES_STAR("provider-messages.star"),
  PROVIDER_MESSAGES_PIN("provider-messages.pin"),
  PROVIDER_MESSAGES_UNREACT("provider-messages.unreact"),

  /** The provider's own API, passed through operation by operation ({@link ProviderApi}). */
  PROVIDER_API("provider-api");

  private final String key;

  Operation(String key) {
    this.key = key;
  }

  /** The stable name callers see in the capabilities document. */
  public String key() {
    return key;
  }

  public static Operation sending(MessageType type) {
    return valueOf("SEND_" + type.name());
  }
}
