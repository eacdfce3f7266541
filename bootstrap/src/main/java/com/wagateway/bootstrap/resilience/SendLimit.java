package com.wagateway.bootstrap.resilience;

/**
 * One tenant's send allowance: {@code burst} sends at once, refilled at {@code ratePerSecond}.
 *
 * @param ratePerSecond sends per second on average; positive
 * @param burst sends at once after being idle; at least 1
 */
public record SendLimit(double ratePerSecond, int burst) {
  public SendLimit {
    if (!(ratePerSecond > 0) || burst < 1) {
      throw new IllegalArgumentException("send rate must be positive and burst at least 1");
    }
  }

  /** How long until {@code tokens} (fewer than one) have grown to a whole token. */
  public long nanosUntilOne(double tokens) {
    return Math.max(1, (long) Math.ceil((1 - tokens) / ratePerSecond * 1e9));
  }
}
