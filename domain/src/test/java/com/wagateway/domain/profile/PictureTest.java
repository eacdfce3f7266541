package com.wagateway.domain.profile;

import static com.wagateway.domain.Violations.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.domain.message.MediaSource;
import org.junit.jupiter.api.Test;

class PictureTest {

  @Test
  void acceptsUrl() {
    var url = MediaSource.Url.parse("https://example.com/me.jpg", "url");

    assertThat(new Picture(url).source()).isEqualTo(url);
  }

  @Test
  void acceptsInlineImage() {
    var inline = new MediaSource.Inline("iVBORw0KGgo=", "image/png");

    assertThat(new Picture(inline).source()).isEqualTo(inline);
  }

  @Test
  void rejectsInlineBytesThatAreNotAnImage() {
    assertViolation(
        () -> new Picture(new MediaSource.Inline("JVBERi0=", "application/pdf")),
        "mimeType",
        "must be an image type");
  }

  @Test
  void rejectsStoredMedia() {
    assertViolation(
        () -> new Picture(new MediaSource.Stored("m1")),
        "picture",
        "must be a url or base64 image");
  }

  @Test
  void rejectsMissingSource() {
    assertViolation(() -> new Picture(null), "picture", "must be present");
  }
}
