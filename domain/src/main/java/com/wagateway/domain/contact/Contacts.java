package com.wagateway.domain.contact;

import java.util.List;

/**
 * One slice of the address book, from the offset asked; {@code total} is how many contacts there
 * are, when the provider says.
 */
public record Contacts(List<Contact> contacts, Integer total) {
  public Contacts {
    contacts = List.copyOf(contacts);
  }
}
