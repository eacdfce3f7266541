package com.wagateway.application.port;

import java.net.URI;
import java.util.Map;

/** Posts one webhook to a subscriber and says what came back; never throws for a bad answer. */
public interface WebhookTransport {

  /** The subscriber's HTTP status, or null with what went wrong when no answer came. */
  record Answer(Integer statusCode, String error) {}

  Answer post(URI url, Map<String, String> headers, String body);
}
