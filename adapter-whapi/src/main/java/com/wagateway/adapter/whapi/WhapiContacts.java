package com.wagateway.adapter.whapi;

import com.wagateway.adapter.whapi.WhapiContactMapper.ContactsList;
import com.wagateway.adapter.whapi.WhapiContactMapper.Lid;
import com.wagateway.adapter.whapi.WhapiContactMapper.UserProfile;
import com.wagateway.adapter.whapi.WhapiContactMapper.WhapiContact;
import com.wagateway.adapter.whapi.WhapiResponses.Success;
import com.wagateway.domain.contact.Contact;
import com.wagateway.domain.contact.ContactId;
import com.wagateway.domain.contact.ContactProfile;
import com.wagateway.domain.contact.Contacts;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.ContactBook;
import com.wagateway.domain.port.Operation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The address book through Whapi's {@code /contacts} reads and its {@code /blacklist}. Whapi's
 * {@code ContactID} is the phone number in digits, exactly the gateway's {@link ContactId}.
 */
@ApplicationScoped
public class WhapiContacts implements ContactBook {
  private final WhapiApi api;

  @Inject
  WhapiContacts(WhapiApi api) {
    this.api = api;
  }

  @Override
  public ProviderId provider() {
    return ProviderId.WHAPI;
  }

  @Override
  public Set<Operation> supportedOperations() {
    return EnumSet.of(
        Operation.CONTACTS_LIST,
        Operation.CONTACTS_READ,
        Operation.CONTACTS_BLOCKED,
        Operation.CONTACTS_BLOCK,
        Operation.CONTACTS_UNBLOCK);
  }

  @Override
  @Reaches("GET /contacts")
  public Contacts list(ProviderAccount account, int offset, int count) {
    return WhapiContactMapper.contacts(
        call(account, ContactsList.class, (c, a) -> c.contacts(a, count, offset)));
  }

  @Override
  @Reaches("GET /contacts/{ContactID}")
  public Contact get(ProviderAccount account, ContactId contact) {
    return WhapiContactMapper.contact(
        account, call(account, WhapiContact.class, (c, a) -> c.contact(a, contact.value())));
  }

  @Override
  @Reaches("GET /contacts/{ContactID}/profile")
  public ContactProfile profile(ProviderAccount account, ContactId contact) {
    return WhapiContactMapper.profile(
        call(account, UserProfile.class, (c, a) -> c.profile(a, contact.value())));
  }

  @Override
  @Reaches("GET /contacts/lids/{ContactID}")
  public String linkedId(ProviderAccount account, ContactId contact) {
    return WhapiContactMapper.lid(
        account, call(account, Lid.class, (c, a) -> c.lid(a, contact.value())));
  }

  @Override
  @Reaches("GET /blacklist")
  public List<String> blocked(ProviderAccount account) {
    return WhapiContactMapper.blocked(call(account, String[].class, (c, a) -> c.blacklist(a)));
  }

  @Override
  @Reaches("PUT /blacklist/{ContactID}")
  public void block(ProviderAccount account, ContactId contact) {
    WhapiJson.requireSuccess(
        account, call(account, Success.class, (c, a) -> c.block(a, contact.value())));
  }

  @Override
  @Reaches("DELETE /blacklist/{ContactID}")
  public void unblock(ProviderAccount account, ContactId contact) {
    WhapiJson.requireSuccess(
        account, call(account, Success.class, (c, a) -> c.unblock(a, contact.value())));
  }

  private <T> T call(
      ProviderAccount account,
      Class<T> type,
      BiFunction<WhapiContactsClient, String, Response> request) {
    return api.call(account, WhapiContactsClient.class, type, request);
  }
}
