package com.wagateway.adapter.apiwhatsappweb;

import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.port.Presences;
import com.wagateway.domain.presence.ContactPresence;
import com.wagateway.domain.presence.OwnPresence;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * API WhatsApp Web documents no own presence and no presence subscription or reading: it declares
 * none of these operations, so the gateway answers 501 before calling it.
 */
@ApplicationScoped
public class ApiWhatsAppWebPresences extends NoEndpoints implements Presences {

  ApiWhatsAppWebPresences() {
    super("API WhatsApp Web has no own presence and no presence subscriptions");
  }

  @Override
  public void setOwn(ProviderAccount account, OwnPresence presence) {
    throw unsupported(account, Operation.PRESENCE_OWN);
  }

  @Override
  public ContactPresence get(ProviderAccount account, String chatId) {
    throw unsupported(account, Operation.PRESENCE_READ);
  }

  @Override
  public void subscribe(ProviderAccount account, String chatId) {
    throw unsupported(account, Operation.PRESENCE_SUBSCRIBE);
  }
}
