package com.wagateway.domain.port;

import com.wagateway.domain.label.Label;
import com.wagateway.domain.label.LabelId;
import com.wagateway.domain.label.Labelled;
import com.wagateway.domain.label.NewLabel;
import com.wagateway.domain.model.ProviderAccount;
import java.util.List;

/**
 * The WhatsApp Business labels of one account through its provider: list and create them, see what
 * carries one, and put one on or take it off a chat or a message. Messages are named by the
 * provider's id.
 */
public interface Labels extends ProviderPort {

  @SafeToRepeat
  List<Label> list(ProviderAccount account);

  void create(ProviderAccount account, NewLabel label);

  /**
   * @throws com.wagateway.domain.error.GatewayException {@code NOT_FOUND} for an unknown label
   */
  @SafeToRepeat
  Labelled labelled(ProviderAccount account, LabelId label);

  /** Idempotent: a chat that has the label already keeps it, and the call succeeds. */
  @SafeToRepeat
  void labelChat(ProviderAccount account, LabelId label, String chatId);

  void unlabelChat(ProviderAccount account, LabelId label, String chatId);

  /** Idempotent, as {@link #labelChat}. */
  @SafeToRepeat
  void labelMessage(ProviderAccount account, LabelId label, String providerMessageId);

  void unlabelMessage(ProviderAccount account, LabelId label, String providerMessageId);
}
