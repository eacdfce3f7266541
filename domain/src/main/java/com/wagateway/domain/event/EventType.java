package com.wagateway.domain.event;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of event the gateway publishes, by the names subscribers see. */
public enum EventType {
  MESSAGE_RECEIVED("message.received"),
  MESSAGE_STATUS("message.status"),
  MESSAGE_REACTION("message.reaction"),
  MESSAGE_EDITED("message.edited"),
  MESSAGE_DELETED("message.deleted"),
  POLL_VOTE("poll.vote"),
  INSTANCE_STATUS("instance.status");

  private final String key;

  EventType(String key) {
    this.key = key;
  }

  /** The stable name in payloads and subscriptions, e.g. {@code message.status}. */
  public String key() {
    return key;
  }

  public static Optional<EventType> ofKey(String key) {
    return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
  }
}
