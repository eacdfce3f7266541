package com.wagateway.domain.port;

import com.wagateway.domain.contact.Contact;
import com.wagateway.domain.contact.ContactId;
import com.wagateway.domain.contact.ContactProfile;
import com.wagateway.domain.contact.Contacts;
import com.wagateway.domain.model.ProviderAccount;
import java.util.List;

/**
 * The address book of one account through its provider: its contacts, any user's profile and linked
 * id, and the users it blocks. Users are named by phone number ({@link ContactId}).
 */
public interface ContactBook extends ProviderPort {

  /** {@code count} contacts from {@code offset}, in the provider's order. */
  @SafeToRepeat
  Contacts list(ProviderAccount account, int offset, int count);

  /**
   * @throws com.wagateway.domain.error.GatewayException {@code NOT_FOUND} for a number the provider
   *     does not know
   */
  @SafeToRepeat
  Contact get(ProviderAccount account, ContactId contact);

  /** Works for any WhatsApp user, in the address book or not; {@code NOT_FOUND} as {@link #get}. */
  @SafeToRepeat
  ContactProfile profile(ProviderAccount account, ContactId contact);

  /**
   * The user's linked id (LID, e.g. {@code 193845782347@lid}): the id WhatsApp shows in groups and
   * events that hide phone numbers. {@code NOT_FOUND} as {@link #get}.
   */
  @SafeToRepeat
  String linkedId(ProviderAccount account, ContactId contact);

  /** The phone numbers the account blocks, as the provider writes them. */
  @SafeToRepeat
  List<String> blocked(ProviderAccount account);

  /** Idempotent: a blocked user stays blocked. */
  @SafeToRepeat
  void block(ProviderAccount account, ContactId contact);

  /** Idempotent for the account: an unblocked user stays unblocked. */
  @SafeToRepeat
  void unblock(ProviderAccount account, ContactId contact);
}
