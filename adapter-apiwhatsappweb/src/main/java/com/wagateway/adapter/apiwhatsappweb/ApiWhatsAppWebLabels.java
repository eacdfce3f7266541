package com.wagateway.adapter.apiwhatsappweb;

import com.wagateway.domain.label.Label;
import com.wagateway.domain.label.LabelId;
import com.wagateway.domain.label.Labelled;
import com.wagateway.domain.label.NewLabel;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.port.Labels;
import com.wagateway.domain.port.Operation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * API WhatsApp Web documents no labels: it declares no label operation, so the gateway answers 501
 * before calling it; a direct call is refused the same way.
 */
@ApplicationScoped
public class ApiWhatsAppWebLabels extends NoEndpoints implements Labels {

  ApiWhatsAppWebLabels() {
    super("API WhatsApp Web has no labels");
  }

  @Override
  public List<Label> list(ProviderAccount account) {
    throw unsupported(account, Operation.LABELS_LIST);
  }

  @Override
  public void create(ProviderAccount account, NewLabel label) {
    throw unsupported(account, Operation.LABELS_CREATE);
  }

  @Override
  public Labelled labelled(ProviderAccount account, LabelId label) {
    throw unsupported(account, Operation.LABELS_READ);
  }

  @Override
  public void labelChat(ProviderAccount account, LabelId label, String chatId) {
    throw unsupported(account, Operation.LABELS_ASSIGN);
  }

  @Override
  public void unlabelChat(ProviderAccount account, LabelId label, String chatId) {
    throw unsupported(account, Operation.LABELS_REMOVE);
  }

  @Override
  public void labelMessage(ProviderAccount account, LabelId label, String providerMessageId) {
    throw unsupported(account, Operation.LABELS_ASSIGN);
  }

  @Override
  public void unlabelMessage(ProviderAccount account, LabelId label, String providerMessageId) {
    throw unsupported(account, Operation.LABELS_REMOVE);
  }
}
