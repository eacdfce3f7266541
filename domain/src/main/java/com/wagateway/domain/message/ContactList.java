package com.wagateway.domain.message;

import com.wagateway.domain.model.Require;
import java.util.List;

/** Several contact cards in one message, in the order given; at most {@value #MAX} of them. */
public record ContactList(List<MessageContent.Contact> contacts) implements MessageContent {
  public static final int MAX = 50;

  public ContactList {
    contacts = List.copyOf(Require.size(contacts, "contacts", 1, MAX));
  }

  @Override
  public MessageType type() {
    return MessageType.CONTACT_LIST;
  }
}
