package com.wagateway.adapter.apiwhatsappweb;

import com.wagateway.domain.error.CapabilityNotSupportedException;
import com.wagateway.domain.message.MediaSource;
import com.wagateway.domain.message.MessageContent;
import com.wagateway.domain.message.OutboundMessage;
import com.wagateway.domain.message.Recipient;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.port.Operation;

/**
 * The provider's {@code number} and media value for a message, or a refusal before any call: groups
 * and stored media ids have no way through this provider.
 */
final class SendValues {
  private SendValues() {}

  /** Digits with country code, no '+' and no {@code @s.whatsapp.net}. */
  static String number(ProviderAccount account, OutboundMessage message) {
    if (message.to() instanceof Recipient.PhoneNumber phone) {
      return phone.digits();
    }
    return ((Recipient.ChatId) message.to())
        .phoneNumber()
        .map(Recipient.PhoneNumber::digits)
        .orElseThrow(
            () -> unsupported(account, message, "API WhatsApp Web sends to phone numbers only"));
  }

  /** A URL as itself, inline bytes as the raw base64 string (assumed); {@code null} if no media. */
  static String media(ProviderAccount account, OutboundMessage message) {
    if (!(message.content() instanceof MessageContent.Media media)) {
      return null;
    }
    if (media.source() instanceof MediaSource.Url url) {
      return url.uri().toString();
    }
    if (media.source() instanceof MediaSource.Inline inline) {
      return inline.base64();
    }
    throw unsupported(
        account, message, "API WhatsApp Web takes media as a URL or base64, not a stored id");
  }

  static CapabilityNotSupportedException unsupported(
      ProviderAccount account, OutboundMessage message, String detail) {
    return new CapabilityNotSupportedException(
        account.tenantId(), account.provider(), Operation.sending(message.type()), detail);
  }
}
