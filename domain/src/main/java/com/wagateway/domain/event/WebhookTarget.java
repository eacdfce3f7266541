package com.wagateway.domain.event;

import com.wagateway.domain.model.Require;
import com.wagateway.domain.model.Secret;
import java.net.URI;

/**
 * Where a provider must deliver its webhooks for one tenant: the gateway's public URL for that
 * tenant and, for providers that can add headers to their calls, the header carrying the tenant's
 * webhook secret. For providers that cannot, the secret is part of {@code url} itself, so neither
 * the URL nor the secret ever shows in {@code toString()}.
 */
public record WebhookTarget(URI url, String headerName, Secret headerValue) {
  public WebhookTarget {
    Require.present(url, "url");
    if ((headerName == null) != (headerValue == null)) {
      throw new IllegalArgumentException("headerName and headerValue come together");
    }
  }

  /** A target authenticated by a secret path segment (no header). */
  public static WebhookTarget withSecretInPath(URI url) {
    return new WebhookTarget(url, null, null);
  }

  public boolean hasHeader() {
    return headerName != null;
  }

  @Override
  public String toString() {
    return "WebhookTarget[url=****, headerName=" + headerName + "]";
  }
}
