package com.wagateway.domain.message;

import static com.wagateway.domain.Violations.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.domain.message.MediaSource.Inline;
import com.wagateway.domain.message.MediaSource.Stored;
import com.wagateway.domain.message.MediaSource.Url;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MediaSourceTest {
  private static final String URL_RULE = "must be an absolute http(s) URL";

  @Nested
  class UrlSource {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "https://cdn.example.com/cat.png",
          "http://example.com/a.pdf?x=1#y",
          "HTTPS://EXAMPLE.COM/A.PNG",
          "https://example.com:8443/path"
        })
    void acceptsAbsoluteHttpAndHttpsUrls(String text) {
      assertThat(Url.parse(text, "media.url").uri()).isEqualTo(URI.create(text));
    }

    @Test
    void stripsSurroundingWhitespace() {
      assertThat(Url.parse("  https://example.com/a.png \n", "media.url").uri())
          .isEqualTo(URI.create("https://example.com/a.png"));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "/relative/path.png",
          "cat.png",
          "//example.com/no-scheme.png",
          "ftp://example.com/a.png",
          "file:///etc/passwd",
          "mailto:someone@example.com",
          "data:image/png;base64,AAAA",
          "http:///no-host.png",
          "https:no-slashes"
        })
    void rejectsUrlsThatAreNotAbsoluteHttpWithHost(String text) {
      assertViolation(() -> Url.parse(text, "media.url"), "media.url", URL_RULE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://exa mple.com/a.png", "https://", "ht tp://x", "::::"})
    void rejectsGarbageNamingTheCallersField(String text) {
      assertViolation(() -> Url.parse(text, "picture.url"), "picture.url", URL_RULE);
    }

    @Test
    void rejectsMissingUrlText() {
      assertViolation(() -> Url.parse(null, "url"), "url", "must be present");
    }

    @Test
    void rejectsMissingUri() {
      assertViolation(() -> new Url(null), "media.url", "must be present");
    }
  }

  @Nested
  class InlineSource {
    private static final String PNG_HEADER_B64 = "iVBORw0KGgo="; // 8 bytes of PNG signature

    @Test
    void acceptsPaddedBase64() {
      Inline inline = new Inline("aGVsbG8=", "image/png");

      assertThat(inline.bytes()).isEqualTo("hello".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void acceptsBase64WithoutPadding() {
      Inline inline = new Inline("aGVsbG8", "image/png");

      assertThat(inline.bytes()).isEqualTo("hello".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void acceptsBase64WrappedOverSeveralLines() {
      Inline inline = new Inline("aGVs\nbG8g\r\nd29y bGQ=\n", "text/plain");

      assertThat(new String(inline.bytes(), StandardCharsets.US_ASCII)).isEqualTo("hello world");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "application/pdf",
          "audio/ogg",
          "image/svg+xml",
          "application/vnd.ms-excel",
          "video/mp4"
        })
    void acceptsMimeTypes(String mimeType) {
      assertThat(new Inline(PNG_HEADER_B64, mimeType).mimeType()).isEqualTo(mimeType);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aGVs*bG8=", "aGVsbG8=!", "a", "aGVsbG8-_w==", "====", "aGVsbG8=aGVs"})
    void rejectsInvalidBase64(String base64) {
      assertViolation(
          () -> new Inline(base64, "image/png"), "media.base64", "must be valid base64");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n"})
    void rejectsEmptyBase64(String base64) {
      assertViolation(
          () -> new Inline(base64, "image/png"), "media.base64", "must be non-empty valid base64");
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "image", "image/", "/png", "image/png; charset=x", "image/p g"})
    void rejectsMalformedMimeType(String mimeType) {
      assertViolation(
          () -> new Inline(PNG_HEADER_B64, mimeType),
          "media.mimeType",
          "must be a MIME type such as image/png");
    }

    @Test
    void rejectsMissingFields() {
      assertViolation(() -> new Inline(null, "image/png"), "media.base64", "must be present");
      assertViolation(() -> new Inline(PNG_HEADER_B64, null), "media.mimeType", "must be present");
    }

    @Test
    void rendersRfc2397DataUri() {
      assertThat(new Inline(PNG_HEADER_B64, "image/png").dataUri())
          .isEqualTo("data:image/png;base64,iVBORw0KGgo=");
    }
  }

  @Nested
  class StoredSource {
    @Test
    void keepsProviderMediaId() {
      assertThat(new Stored("3EB0C431C26A1916E7E4").id()).isEqualTo("3EB0C431C26A1916E7E4");
    }

    @Test
    void acceptsIdOf512CharactersButNotMore() {
      assertThat(new Stored("a".repeat(512)).id()).hasSize(512);
      assertViolation(
          () -> new Stored("a".repeat(513)),
          "media.id",
          "length must be between 1 and 512 characters");
    }

    @Test
    void rejectsBlankOrMissingId() {
      assertViolation(() -> new Stored("  "), "media.id", "must not be blank");
      assertViolation(() -> new Stored(null), "media.id", "must be present");
    }
  }
}
