package com.wagateway.application.media;

import static com.wagateway.application.fake.Tenants.ACME;
import static com.wagateway.application.fake.Tenants.ACME_ID;
import static com.wagateway.application.fake.Tenants.GLOBEX;
import static com.wagateway.application.fake.Tenants.GLOBEX_ID;
import static com.wagateway.application.fake.Tenants.UNKNOWN_ID;
import static com.wagateway.domain.model.ProviderId.APIWHATSAPPWEB;
import static com.wagateway.domain.model.ProviderId.WHAPI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.application.fake.FakeProvider;
import com.wagateway.application.fake.InMemoryTenantDirectory;
import com.wagateway.application.paging.Cursors;
import com.wagateway.application.paging.Page;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.error.CapabilityNotSupportedException;
import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.error.GatewayException;
import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.error.TenantNotFoundException;
import com.wagateway.domain.media.MediaDownload;
import com.wagateway.domain.media.MediaFile;
import com.wagateway.domain.media.MediaId;
import com.wagateway.domain.media.MediaUpload;
import com.wagateway.domain.media.StoredMedia;
import com.wagateway.domain.port.Operation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ManageMediaTest {
  private final FakeProvider whapi = FakeProvider.supportingEverything(WHAPI);
  private final FakeProvider web =
      FakeProvider.supporting(APIWHATSAPPWEB, EnumSet.of(Operation.SEND_TEXT));
  private final ManageMedia media =
      new ManageMedia(
          new TenantResolver(new InMemoryTenantDirectory(ACME, GLOBEX)),
          FakeProvider.router(whapi, web));

  private static MediaUpload png(String text) {
    return new MediaUpload(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "image/png", "a.png");
  }

  @Test
  void storesAFileAndServesItBackByItsId() throws Exception {
    StoredMedia stored = media.upload(ACME_ID, png("not really a png"));

    try (MediaDownload file = media.download(ACME_ID, stored.id())) {
      assertThat(file.content().readAllBytes()).asString().isEqualTo("not really a png");
      assertThat(file.mimeType()).isEqualTo("image/png");
      assertThat(file.sizeBytes()).isEqualTo(16L);
      assertThat(file.fileName()).isEqualTo("a.png");
    }
    assertThat(stored.sizeBytes()).isEqualTo(16);
  }

  @Test
  void listsTheStoreNewestFirstAPageAtATime() {
    media.upload(ACME_ID, png("one"));
    media.upload(ACME_ID, png("two"));
    media.upload(ACME_ID, png("three"));

    Page<MediaFile> first = media.list(ACME_ID, null, 2);
    Page<MediaFile> second = media.list(ACME_ID, first.nextCursor(), 2);

    assertThat(first.items())
        .extracting(f -> f.id().value())
        .containsExactly("stored-3", "stored-2");
    assertThat(second.items()).extracting(f -> f.id().value()).containsExactly("stored-1");
    assertThat(second.nextCursor()).isNull();
  }

  @Test
  void refusesALimitOrACursorItNeverGave() {
    assertThatThrownBy(() -> media.list(ACME_ID, null, ManageMedia.MAX_PAGE + 1))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("limit"));
    assertThatThrownBy(() -> media.list(ACME_ID, Cursors.encode("-3"), 10))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("cursor"));
  }

  @Test
  void deletesAFileFromTheStore() {
    StoredMedia stored = media.upload(ACME_ID, png("gone soon"));

    media.delete(ACME_ID, stored.id());

    assertThat(media.list(ACME_ID, null, 10).items()).isEmpty();
    assertThatThrownBy(() -> media.download(ACME_ID, stored.id()))
        .isInstanceOfSatisfying(
            GatewayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
  }

  @Test
  void refusesEveryOperationWhenTheProviderHasNoMediaStore() {
    assertThatThrownBy(() -> media.download(GLOBEX_ID, new MediaId("abc-123")))
        .isInstanceOfSatisfying(
            CapabilityNotSupportedException.class,
            e -> assertThat(e.operation()).isEqualTo(Operation.MEDIA_DOWNLOAD));
    assertThatThrownBy(() -> media.upload(GLOBEX_ID, png("x")))
        .isInstanceOfSatisfying(
            CapabilityNotSupportedException.class,
            e -> assertThat(e.operation()).isEqualTo(Operation.MEDIA_UPLOAD));
    assertThatThrownBy(() -> media.list(GLOBEX_ID, null, 10))
        .isInstanceOfSatisfying(
            CapabilityNotSupportedException.class,
            e -> assertThat(e.operation()).isEqualTo(Operation.MEDIA_LIST));
    assertThatThrownBy(() -> media.delete(GLOBEX_ID, new MediaId("abc-123")))
        .isInstanceOfSatisfying(
            CapabilityNotSupportedException.class,
            e -> assertThat(e.operation()).isEqualTo(Operation.MEDIA_DELETE));
  }

  @Test
  void passesTheProvidersNotFoundOn() {
    assertThatThrownBy(() -> media.download(ACME_ID, new MediaId("nope-1")))
        .isInstanceOfSatisfying(
            GatewayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
  }

  @Test
  void refusesAnUnknownTenant() {
    assertThatThrownBy(() -> media.download(UNKNOWN_ID, new MediaId("abc-123")))
        .isInstanceOf(TenantNotFoundException.class);
  }
}
