package com.wagateway.adapter.whapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.wagateway.adapter.whapi.WhapiAccountMapper.AuthCode;
import com.wagateway.adapter.whapi.WhapiAccountMapper.ChangeStatus;
import com.wagateway.adapter.whapi.WhapiResponses.Success;
import com.wagateway.domain.account.AccountInfo;
import com.wagateway.domain.account.PairingCode;
import com.wagateway.domain.contact.ContactId;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.Account;
import com.wagateway.domain.port.Operation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;

/**
 * The provider account through Whapi: {@code GET /users/login/{PhoneNumber}} for a pairing code
 * (409 when the channel is linked already), {@code PUT /status} for the "About" text, and {@code
 * GET /users/info} for the account information.
 */
@ApplicationScoped
public class WhapiAccount implements Account {
  private final WhapiApi api;

  @Inject
  WhapiAccount(WhapiApi api) {
    this.api = api;
  }

  @Override
  public ProviderId provider() {
    return ProviderId.WHAPI;
  }

  @Override
  public Set<Operation> supportedOperations() {
    return EnumSet.range(Operation.ACCOUNT_PAIRING_CODE, Operation.ACCOUNT_INFO);
  }

  @Override
  @Reaches("GET /users/login/{PhoneNumber}")
  public PairingCode pairingCode(ProviderAccount account, ContactId phone) {
    return WhapiAccountMapper.pairingCode(
        account,
        api.call(
            account,
            WhapiAccountClient.class,
            AuthCode.class,
            (c, a) -> c.pairingCode(a, phone.value())));
  }

  @Override
  @Reaches("PUT /status")
  public void setAbout(ProviderAccount account, String about) {
    WhapiJson.requireSuccess(
        account,
        api.call(
            account,
            WhapiAccountClient.class,
            Success.class,
            (c, a) -> c.changeStatus(a, new ChangeStatus(about))));
  }

  @Override
  @Reaches("GET /users/info")
  public AccountInfo info(ProviderAccount account) {
    return WhapiAccountMapper.info(
        account, api.call(account, WhapiAccountClient.class, JsonNode.class, (c, a) -> c.info(a)));
  }
}
