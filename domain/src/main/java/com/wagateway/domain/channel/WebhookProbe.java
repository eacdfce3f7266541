package com.wagateway.domain.channel;

import java.util.Objects;

/**
 * A test event of {@code eventType} the provider sends to {@code url}, to show that the URL answers
 * before anyone subscribes it. Nothing is subscribed.
 */
public record WebhookProbe(String url, String eventType) {
  public WebhookProbe {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(eventType, "eventType");
  }
}
