package com.wagateway.adapter.apiwhatsappweb;

import com.wagateway.domain.group.Slice;
import com.wagateway.domain.message.SentMessage;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.port.ProviderMessages;
import com.wagateway.domain.providermessage.HistoryFilter;
import com.wagateway.domain.providermessage.PinDuration;
import com.wagateway.domain.providermessage.ProviderMessage;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * API WhatsApp Web documents no message history and no forward, star, pin or reaction removal: it
 * declares none of these operations, so the gateway answers 501 before calling it; a direct call is
 * refused the same way.
 */
@ApplicationScoped
public class ApiWhatsAppWebProviderMessages extends NoEndpoints implements ProviderMessages {

  ApiWhatsAppWebProviderMessages() {
    super("API WhatsApp Web has no message history or actions on a stored message");
  }

  @Override
  public Slice<ProviderMessage> list(
      ProviderAccount account, HistoryFilter filter, int offset, int count) {
    throw unsupported(account, Operation.PROVIDER_MESSAGES_LIST);
  }

  @Override
  public ProviderMessage get(ProviderAccount account, String messageId) {
    throw unsupported(account, Operation.PROVIDER_MESSAGES_GET);
  }

  @Override
  public SentMessage forward(ProviderAccount account, String messageId, String to) {
    throw unsupported(account, Operation.PROVIDER_MESSAGES_FORWARD);
  }

  @Override
  public void star(ProviderAccount account, String messageId, boolean starred) {
    throw unsupported(account, Operation.PROVIDER_MESSAGES_STAR);
  }

  @Override
  public void pin(ProviderAccount account, String messageId, PinDuration duration) {
    throw unsupported(account, Operation.PROVIDER_MESSAGES_PIN);
  }

  @Override
  public void unpin(ProviderAccount account, String messageId) {
    throw unsupported(account, Operation.PROVIDER_MESSAGES_PIN);
  }

  @Override
  public void removeReaction(ProviderAccount account, String messageId) {
    throw unsupported(account, Operation.PROVIDER_MESSAGES_UNREACT);
  }
}
