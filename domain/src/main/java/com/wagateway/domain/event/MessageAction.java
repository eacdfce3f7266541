package com.wagateway.domain.event;

import java.util.List;

/** What was done to an earlier message; each variant is published as its own event type. */
public sealed interface MessageAction {

  EventType type();

  /** {@code message.reaction}: an emoji put on the message, or taken off ({@code removed}). */
  record Reaction(String emoji, boolean removed) implements MessageAction {
    @Override
    public EventType type() {
      return EventType.MESSAGE_REACTION;
    }
  }

  /** {@code message.edited}: the message's text (or caption) is now {@code text}. */
  record Edit(String text) implements MessageAction {
    @Override
    public EventType type() {
      return EventType.MESSAGE_EDITED;
    }
  }

  /** {@code message.deleted}: the message was deleted for everyone. */
  record Deletion() implements MessageAction {
    @Override
    public EventType type() {
      return EventType.MESSAGE_DELETED;
    }
  }

  /** {@code poll.vote}: the options the voter has selected now (empty: vote withdrawn). */
  record Vote(List<String> selectedOptions) implements MessageAction {
    public Vote {
      selectedOptions = selectedOptions == null ? List.of() : List.copyOf(selectedOptions);
    }

    @Override
    public EventType type() {
      return EventType.POLL_VOTE;
    }
  }
}
