package com.wagateway.application.contact;

import com.wagateway.application.paging.OffsetCursor;
import com.wagateway.application.paging.Page;
import com.wagateway.application.tenant.ProviderRouter;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.contact.Contact;
import com.wagateway.domain.contact.ContactId;
import com.wagateway.domain.contact.ContactProfile;
import com.wagateway.domain.contact.Contacts;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.ContactBook;
import com.wagateway.domain.port.Operation;
import java.util.List;

/**
 * Use cases of the tenant's address book: list and read contacts, read any user's profile and
 * linked id, block and unblock users. Each goes to the tenant's provider, after the capability
 * check.
 */
public final class ManageContacts {
  /** The most contacts one page holds (Whapi's own maximum is 500). */
  public static final int MAX_PAGE = 500;

  private final TenantResolver tenants;
  private final ProviderRouter router;

  public ManageContacts(TenantResolver tenants, ProviderRouter router) {
    this.tenants = tenants;
    this.router = router;
  }

  /** Providers page by offset: the cursor carries it (see {@link OffsetCursor}). */
  public Page<Contact> list(TenantId tenantId, String cursor, int limit) {
    int offset = OffsetCursor.offset(cursor, limit, MAX_PAGE);
    ProviderAccount account = account(tenantId);
    Contacts slice = book(account, Operation.CONTACTS_LIST).list(account, offset, limit);
    return OffsetCursor.page(slice.contacts(), slice.total(), offset, limit);
  }

  public Contact get(TenantId tenantId, ContactId contact) {
    ProviderAccount account = account(tenantId);
    return book(account, Operation.CONTACTS_READ).get(account, contact);
  }

  public ContactProfile profile(TenantId tenantId, ContactId contact) {
    ProviderAccount account = account(tenantId);
    return book(account, Operation.CONTACTS_READ).profile(account, contact);
  }

  public String linkedId(TenantId tenantId, ContactId contact) {
    ProviderAccount account = account(tenantId);
    return book(account, Operation.CONTACTS_READ).linkedId(account, contact);
  }

  public List<String> blocked(TenantId tenantId) {
    ProviderAccount account = account(tenantId);
    return book(account, Operation.CONTACTS_BLOCKED).blocked(account);
  }

  public void block(TenantId tenantId, ContactId contact) {
    ProviderAccount account = account(tenantId);
    book(account, Operation.CONTACTS_BLOCK).block(account, contact);
  }

  public void unblock(TenantId tenantId, ContactId contact) {
    ProviderAccount account = account(tenantId);
    book(account, Operation.CONTACTS_UNBLOCK).unblock(account, contact);
  }

  private ProviderAccount account(TenantId tenantId) {
    return tenants.require(tenantId).account();
  }

  private ContactBook book(ProviderAccount account, Operation operation) {
    return router.port(ContactBook.class, account, operation);
  }
}
