package com.wagateway.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.wagateway.domain.error.CapabilityNotSupportedException;
import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.error.GatewayException;
import com.wagateway.domain.media.MediaDownload;
import com.wagateway.domain.media.MediaId;
import com.wagateway.domain.media.MediaQuery;
import com.wagateway.domain.media.MediaUpload;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.port.MediaStore;
import com.wagateway.domain.port.Operation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MediaStore} must do, whatever provider it speaks to: a provider without a media
 * store declares no media operation and refuses each without a call; one with a store streams a
 * file back byte for byte and stores one under an id.
 */
public abstract class MediaStoreContract {
  private static final Set<Operation> MEDIA_OPERATIONS =
      EnumSet.of(
          Operation.MEDIA_DOWNLOAD,
          Operation.MEDIA_UPLOAD,
          Operation.MEDIA_LIST,
          Operation.MEDIA_DELETE);
  protected static final byte[] FILE = "%PDF-1.4 contract".getBytes(StandardCharsets.US_ASCII);

  protected abstract MediaStore store();

  protected abstract ProviderAccount account();

  /** An id the provider could have issued. */
  protected abstract MediaId knownId();

  /** The provider serves {@link #FILE} as {@code application/pdf} under {@link #knownId()}. */
  protected abstract void providerServesFile();

  /** The provider has no file under {@link #knownId()}. */
  protected abstract void providerHasNoFile();

  /** The provider stores any file under {@link #knownId()}. */
  protected abstract void providerStoresFiles();

  /** Asserts the provider has received no request at all. */
  protected abstract void assertProviderNotCalled();

  private boolean supports(Operation operation) {
    return store().supportedOperations().contains(operation);
  }

  @Test
  void declaresOnlyMediaOperationsForItsOwnProvider() {
    assertThat(store().provider()).isEqualTo(account().provider());
    assertThat(MEDIA_OPERATIONS).containsAll(store().supportedOperations());
  }

  @Test
  void refusesWhatItDoesNotDeclareWithoutCallingTheProvider() {
    Set<Operation> missing = EnumSet.copyOf(MEDIA_OPERATIONS);
    missing.removeAll(store().supportedOperations());
    assumeTrue(!missing.isEmpty(), "the provider has a media store");

    if (missing.contains(Operation.MEDIA_DOWNLOAD)) {
      assertThatThrownBy(() -> store().download(account(), knownId()))
          .isInstanceOf(CapabilityNotSupportedException.class);
    }
    if (missing.contains(Operation.MEDIA_UPLOAD)) {
      assertThatThrownBy(() -> store().upload(account(), pdf()))
          .isInstanceOf(CapabilityNotSupportedException.class);
    }
    if (missing.contains(Operation.MEDIA_LIST)) {
      assertThatThrownBy(() -> store().list(account(), new MediaQuery(0, 10, true)))
          .isInstanceOf(CapabilityNotSupportedException.class);
    }
    if (missing.contains(Operation.MEDIA_DELETE)) {
      assertThatThrownBy(() -> store().delete(account(), knownId()))
          .isInstanceOf(CapabilityNotSupportedException.class);
    }
    assertProviderNotCalled();
  }

  @Test
  void streamsAStoredFileByteForByte() throws Exception {
    assumeTrue(supports(Operation.MEDIA_DOWNLOAD), "the provider has a media store");
    providerServesFile();

    try (MediaDownload file = store().download(account(), knownId())) {
      assertThat(file.content().readAllBytes()).isEqualTo(FILE);
      assertThat(file.mimeType()).isEqualTo("application/pdf");
    }
  }

  @Test
  void answersNotFoundForAFileTheProviderDoesNotHave() {
    assumeTrue(supports(Operation.MEDIA_DOWNLOAD), "the provider has a media store");
    providerHasNoFile();

    assertThatThrownBy(() -> store().download(account(), knownId()))
        .isInstanceOfSatisfying(
            GatewayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
  }

  @Test
  void storesAFileUnderTheProvidersId() {
    assumeTrue(supports(Operation.MEDIA_UPLOAD), "the provider has a media store");
    providerStoresFiles();

    var stored = store().upload(account(), pdf());

    assertThat(stored.id()).isEqualTo(knownId());
    assertThat(stored.sizeBytes()).isEqualTo(FILE.length);
    assertThat(stored.mimeType()).isEqualTo("application/pdf");
  }

  private static MediaUpload pdf() {
    return new MediaUpload(new ByteArrayInputStream(FILE), "application/pdf", "contract.pdf");
  }
}
