package com.wagateway.adapter.rest.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class MediaLinksTest {

  @Test
  void buildsTheDownloadUrlUnderThePublicUrl() {
    assertThat(MediaLinks.download(URI.create("https://gw.example.com"), "acme", "png-4f1a-9b"))
        .hasToString("https://gw.example.com/v1/tenants/acme/media/png-4f1a-9b");
  }

  @Test
  void keepsAProxyPrefixAndDropsTrailingSlashes() {
    assertThat(MediaLinks.download(URI.create("https://example.com/gateway//"), "acme", "a-1"))
        .hasToString("https://example.com/gateway/v1/tenants/acme/media/a-1");
  }

  @Test
  void encodesTheIdAsOnePathSegment() {
    assertThat(MediaLinks.download(URI.create("http://localhost:8080/"), "acme", "a b/c?d"))
        .hasToString("http://localhost:8080/v1/tenants/acme/media/a%20b%2Fc%3Fd");
  }
}
