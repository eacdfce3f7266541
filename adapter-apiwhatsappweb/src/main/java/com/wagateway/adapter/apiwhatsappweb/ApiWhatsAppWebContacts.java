package com.wagateway.adapter.apiwhatsappweb;

import com.wagateway.domain.contact.Contact;
import com.wagateway.domain.contact.ContactId;
import com.wagateway.domain.contact.ContactProfile;
import com.wagateway.domain.contact.Contacts;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.port.ContactBook;
import com.wagateway.domain.port.Operation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * API WhatsApp Web documents no address book and no blocklist: it declares no contact operation, so
 * the gateway answers 501 before calling it; a direct call is refused the same way.
 */
@ApplicationScoped
public class ApiWhatsAppWebContacts extends NoEndpoints implements ContactBook {

  ApiWhatsAppWebContacts() {
    super("API WhatsApp Web has no address book");
  }

  @Override
  public Contacts list(ProviderAccount account, int offset, int count) {
    throw unsupported(account, Operation.CONTACTS_LIST);
  }

  @Override
  public Contact get(ProviderAccount account, ContactId contact) {
    throw unsupported(account, Operation.CONTACTS_READ);
  }

  @Override
  public ContactProfile profile(ProviderAccount account, ContactId contact) {
    throw unsupported(account, Operation.CONTACTS_READ);
  }

  @Override
  public String linkedId(ProviderAccount account, ContactId contact) {
    throw unsupported(account, Operation.CONTACTS_READ);
  }

  @Override
  public List<String> blocked(ProviderAccount account) {
    throw unsupported(account, Operation.CONTACTS_BLOCKED);
  }

  @Override
  public void block(ProviderAccount account, ContactId contact) {
    throw unsupported(account, Operation.CONTACTS_BLOCK);
  }

  @Override
  public void unblock(ProviderAccount account, ContactId contact) {
    throw unsupported(account, Operation.CONTACTS_UNBLOCK);
  }
}
