package com.wagateway.application.outbound;

import com.wagateway.application.port.WebhookTransport;
import java.time.Instant;

/**
 * One try at delivering: when, the subscriber's HTTP status (null when none came) or what went
 * wrong, and how long it took.
 */
public record Attempt(
    int number, Instant at, Integer statusCode, String error, long durationMillis) {

  /** The attempt that got {@code answer}: a non-2xx status is its own error ("HTTP 503"). */
  static Attempt of(int number, Instant at, WebhookTransport.Answer answer, long durationMillis) {
    Attempt attempt = new Attempt(number, at, answer.statusCode(), answer.error(), durationMillis);
    return attempt.succeeded() || attempt.statusCode() == null
        ? attempt
        : new Attempt(
            number, at, attempt.statusCode(), "HTTP " + attempt.statusCode(), durationMillis);
  }

  public boolean succeeded() {
    return statusCode != null && statusCode >= 200 && statusCode < 300;
  }
}
