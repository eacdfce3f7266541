package com.wagateway.domain.message;

import com.wagateway.domain.model.Require;

/** What a provider said after taking a message: its own id for it and the status it reported. */
public record SentMessage(String providerMessageId, DeliveryStatus status) {
  public SentMessage {
    Require.present(status, "status");
  }
}
