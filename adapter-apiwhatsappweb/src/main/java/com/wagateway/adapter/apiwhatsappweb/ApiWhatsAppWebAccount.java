package com.wagateway.adapter.apiwhatsappweb;

import com.wagateway.domain.account.AccountInfo;
import com.wagateway.domain.account.PairingCode;
import com.wagateway.domain.contact.ContactId;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.port.Account;
import com.wagateway.domain.port.Operation;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * API WhatsApp Web documents no pairing-code login, no "About" text and no account information: it
 * declares none of these operations, so the gateway answers 501 before calling it.
 */
@ApplicationScoped
public class ApiWhatsAppWebAccount extends NoEndpoints implements Account {

  ApiWhatsAppWebAccount() {
    super("API WhatsApp Web has no pairing code, About text or account information");
  }

  @Override
  public PairingCode pairingCode(ProviderAccount account, ContactId phone) {
    throw unsupported(account, Operation.ACCOUNT_PAIRING_CODE);
  }

  @Override
  public void setAbout(ProviderAccount account, String about) {
    throw unsupported(account, Operation.ACCOUNT_ABOUT);
  }

  @Override
  public AccountInfo info(ProviderAccount account) {
    throw unsupported(account, Operation.ACCOUNT_INFO);
  }
}
