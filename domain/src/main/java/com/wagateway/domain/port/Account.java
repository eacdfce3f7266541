package com.wagateway.domain.port;

import com.wagateway.domain.account.AccountInfo;
import com.wagateway.domain.account.PairingCode;
import com.wagateway.domain.contact.ContactId;
import com.wagateway.domain.model.ProviderAccount;

/**
 * The provider account behind the WhatsApp number: linking it by pairing code instead of a QR code,
 * its "About" text, and the provider's account information.
 */
public interface Account extends ProviderPort {

  /**
   * A fresh pairing code for {@code phone}; each call makes a new one, so it is not repeated.
   *
   * @throws com.wagateway.domain.error.InstanceStateConflictException when already linked
   */
  PairingCode pairingCode(ProviderAccount account, ContactId phone);

  @SafeToRepeat
  void setAbout(ProviderAccount account, String about);

  @SafeToRepeat
  AccountInfo info(ProviderAccount account);
}
