package com.wagateway.application.fake;

import com.wagateway.domain.contact.Contact;
import com.wagateway.domain.contact.ContactId;
import com.wagateway.domain.contact.ContactProfile;
import com.wagateway.domain.contact.Contacts;
import com.wagateway.domain.error.ResourceNotFoundException;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.ContactBook;
import com.wagateway.domain.port.Operation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An address book in memory: contacts by phone number, each named after it; calls counted. */
public final class FakeContactBook extends FakePort implements ContactBook {
  private final List<String> numbers = new ArrayList<>();
  private final Set<String> blocked = new LinkedHashSet<>();

  public FakeContactBook(ProviderId provider, Set<Operation> supported) {
    super(provider, supported);
  }

  /** Adds contacts to the book, in order. */
  public FakeContactBook with(String... phones) {
    numbers.addAll(List.of(phones));
    return this;
  }

  @Override
  public Contacts list(ProviderAccount account, int offset, int count) {
    called();
    List<Contact> slice =
        numbers.stream().skip(offset).limit(count).map(FakeContactBook::contact).toList();
    return new Contacts(slice, numbers.size());
  }

  @Override
  public Contact get(ProviderAccount account, ContactId contact) {
    called();
    return contact(known(account, contact));
  }

  @Override
  public ContactProfile profile(ProviderAccount account, ContactId contact) {
    called();
    return new ContactProfile("Contact " + known(account, contact), null, null, null);
  }

  @Override
  public String linkedId(ProviderAccount account, ContactId contact) {
    called();
    return known(account, contact) + "@lid";
  }

  @Override
  public List<String> blocked(ProviderAccount account) {
    called();
    return List.copyOf(blocked);
  }

  @Override
  public void block(ProviderAccount account, ContactId contact) {
    called();
    blocked.add(contact.value());
  }

  @Override
  public void unblock(ProviderAccount account, ContactId contact) {
    called();
    blocked.remove(contact.value());
  }

  private String known(ProviderAccount account, ContactId contact) {
    if (!numbers.contains(contact.value())) {
      throw new ResourceNotFoundException(account.tenantId(), "Contact '" + contact + "'");
    }
    return contact.value();
  }

  private static Contact contact(String phone) {
    return new Contact(phone, "Contact " + phone, null, false, null, null, null, true);
  }
}
