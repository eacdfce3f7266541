package com.wagateway.application.outbound;

import java.time.Instant;

/**
 * One try at delivering: when, the subscriber's HTTP status (null when none came) or what went
 * wrong, and how long it took.
 */
public record Attempt(
    int number, Instant at, Integer statusCode, String error, long durationMillis) {

  public boolean succeeded() {
    return statusCode != null && statusCode >= 200 && statusCode < 300;
  }
}
