package com.wagateway.adapter.rest.media;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Builds the gateway's own address of a stored file, {@code
 * {base}/v1/tenants/{tenantId}/media/{mediaId}}: the {@code downloadUrl} of media in events and the
 * {@code Location} of an upload.
 */
public final class MediaLinks {
  private MediaLinks() {}

  /**
   * @param base {@code gateway.public-url} when set, else the base URI of the request being
   *     answered; a path in it (a reverse proxy's prefix) is kept
   * @param mediaId the provider's id, as events and uploads report it; encoded as one path segment
   */
  public static URI download(URI base, String tenantId, String mediaId) {
    String root = base.toString();
    while (root.endsWith("/")) {
      root = root.substring(0, root.length() - 1);
    }
    return URI.create(root + "/v1/tenants/" + segment(tenantId) + "/media/" + segment(mediaId));
  }

  private static String segment(String value) {
    // URLEncoder writes form encoding; in a path a space is %20, not '+'.
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
