package com.wagateway.application.outbound;

import com.wagateway.domain.error.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The rules for a subscriber URL: absolute http(s), a host, no credentials, no fragment. */
public final class SubscriptionUrl {
  static final int MAX_LENGTH = 2048;

  private SubscriptionUrl() {}

  public static URI parse(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException("url", "is required");
    }
    if (value.length() > MAX_LENGTH) {
      throw new InvalidValueException("url", "must be at most " + MAX_LENGTH + " characters");
    }
    URI url;
    try {
      url = new URI(value.strip());
    } catch (URISyntaxException e) {
      throw new InvalidValueException("url", "is not a valid URL");
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new InvalidValueException("url", "must be an absolute http or https URL");
    }
    if (url.getHost() == null) {
      throw new InvalidValueException("url", "must name a host");
    }
    if (url.getRawUserInfo() != null) {
      throw new InvalidValueException("url", "must not carry credentials; use the signature");
    }
    if (url.getRawFragment() != null) {
      throw new InvalidValueException("url", "must not have a fragment");
    }
    return url;
  }
}
