package com.wagateway.application.fake;

import com.wagateway.domain.account.AccountInfo;
import com.wagateway.domain.account.PairingCode;
import com.wagateway.domain.contact.ContactId;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.Account;
import com.wagateway.domain.port.Operation;
import java.util.Map;
import java.util.Set;

/**
 * The provider account in memory: a pairing code made of the phone's last digits; calls counted.
 */
public final class FakeAccount extends FakePort implements Account {
  private String about = "";

  public FakeAccount(ProviderId provider, Set<Operation> supported) {
    super(provider, supported);
  }

  @Override
  public PairingCode pairingCode(ProviderAccount account, ContactId phone) {
    called();
    String digits = phone.value();
    return new PairingCode("code-" + digits.substring(digits.length() - 4));
  }

  @Override
  public void setAbout(ProviderAccount account, String about) {
    called();
    this.about = about;
  }

  @Override
  public AccountInfo info(ProviderAccount account) {
    called();
    return new AccountInfo(Map.of("about", about));
  }
}
