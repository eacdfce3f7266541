package com.wagateway.adapter.whapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.wagateway.adapter.whapi.WhapiFixtures.BEARER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.error.GatewayException;
import com.wagateway.domain.media.MediaDownload;
import com.wagateway.domain.media.MediaFile;
import com.wagateway.domain.media.MediaFiles;
import com.wagateway.domain.media.MediaId;
import com.wagateway.domain.media.MediaQuery;
import com.wagateway.domain.media.MediaUpload;
import com.wagateway.domain.media.StoredMedia;
import com.wagateway.domain.port.Operation;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code GET /media/{MediaID}} and {@code POST /media} exactly as Whapi documents them. */
@QuarkusTest
@WithTestResource(WhapiWireMock.class)
class WhapiMediaStoreTest extends WhapiAdapterTest {
  private static final ReachLog REACHED = ReachLog.of(WhapiMediaStore.class);

  WhapiMediaStoreTest() {
    super(REACHED);
  }

  private static final String ID = "jpeg-8d1e4f2a-77b0";
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3};

  @Inject WhapiMediaStore store;

  private void serves(String path, int status, String type, String body) {
    wireMock.stubFor(
        get(path)
            .willReturn(
                aResponse().withStatus(status).withHeader("Content-Type", type).withBody(body)));
  }

  private GatewayException downloadFails(String id) {
    return catchThrowableOfType(
        GatewayException.class,
        () -> store.download(WhapiFixtures.account(), new MediaId(id)).close());
  }

  private GatewayException uploadFails() {
    var upload = new MediaUpload(new ByteArrayInputStream(JPEG), "image/jpeg", null);
    return catchThrowableOfType(
        GatewayException.class, () -> store.upload(WhapiFixtures.account(), upload));
  }

  @Test
  void declaresEveryMediaOperation() {
    assertThat(store.supportedOperations())
        .containsExactlyInAnyOrder(
            Operation.MEDIA_DOWNLOAD,
            Operation.MEDIA_UPLOAD,
            Operation.MEDIA_LIST,
            Operation.MEDIA_DELETE);
  }

  @Test
  void listsASliceOfTheStoreByCountOffsetAndSort() {
    wireMock.stubFor(
        get(urlPathEqualTo("/media"))
            .willReturn(
                okJson(
                    "{\"files\": [{\"id\": \"%s\", \"mime_type\": \"image/jpeg\",".formatted(ID)
                        + " \"file_size\": 7, \"file_name\": \"photo.jpg\", \"timestamp\": 1712995245}],"
                        + " \"count\": 20, \"offset\": 40, \"total\": 41}")));

    MediaFiles slice = store.list(WhapiFixtures.account(), new MediaQuery(40, 20, true));

    assertThat(slice)
        .isEqualTo(
            new MediaFiles(
                List.of(
                    new MediaFile(
                        new MediaId(ID),
                        "image/jpeg",
                        7,
                        "photo.jpg",
                        Instant.ofEpochSecond(1712995245))),
                41));
    wireMock.verify(
        1,
        getRequestedFor(urlPathEqualTo("/media"))
            .withQueryParam("count", equalTo("20"))
            .withQueryParam("offset", equalTo("40"))
            .withQueryParam("sort", equalTo("desc"))
            .withHeader("Authorization", equalTo(BEARER)));
  }

  @ParameterizedTest(name = "listing answered {0}")
  @CsvSource(
      delimiter = '|',
      value = {"{\"total\": 3}", "{\"files\": [{\"mime_type\": \"image/png\"}]}"})
  void refusesAListingWithoutFilesOrIds(String body) {
    wireMock.stubFor(get(urlPathEqualTo("/media")).willReturn(okJson(body)));

    assertThatThrownBy(() -> store.list(WhapiFixtures.account(), new MediaQuery(0, 10, false)))
        .isInstanceOfSatisfying(
            GatewayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_ERROR));
  }

  @Test
  void deletesAStoredFile() {
    wireMock.stubFor(delete("/media/" + ID).willReturn(okJson(WhapiFixtures.SUCCESS)));

    store.delete(WhapiFixtures.account(), new MediaId(ID));

    wireMock.verify(
        1,
        deleteRequestedFor(urlEqualTo("/media/" + ID))
            .withHeader("Authorization", equalTo(BEARER)));
  }

  @Test
  void deletingAnUnknownOrImpossibleIdIsNotFound() {
    wireMock.stubFor(
        delete("/media/" + ID)
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody(WhapiFixtures.error(404, "Specified media not found"))));

    assertThatThrownBy(() -> store.delete(WhapiFixtures.account(), new MediaId(ID)))
        .isInstanceOfSatisfying(
            GatewayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    assertThatThrownBy(() -> store.delete(WhapiFixtures.account(), new MediaId("not_whapis")))
        .isInstanceOfSatisfying(
            GatewayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    assertThat(wireMock.getAllServeEvents()).hasSize(1);
  }

  @Test
  void streamsTheFileWithItsTypeLengthAndName() throws Exception {
    wireMock.stubFor(
        get("/media/" + ID)
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "image/jpeg")
                    .withHeader("Content-Length", String.valueOf(JPEG.length))
                    .withHeader("Content-Disposition", "attachment; filename=\"photo 1.jpg\"")
                    .withBody(JPEG)));

    try (MediaDownload file = store.download(WhapiFixtures.account(), new MediaId(ID))) {
      assertThat(file.mimeType()).isEqualTo("image/jpeg");
      assertThat(file.sizeBytes()).isEqualTo(JPEG.length);
      assertThat(file.fileName()).isEqualTo("photo 1.jpg");
      assertThat(file.content().readAllBytes()).isEqualTo(JPEG);
    }
    wireMock.verify(
        1,
        getRequestedFor(urlEqualTo("/media/" + ID))
            .withHeader("Authorization", equalTo(BEARER))
            .withHeader("Accept", equalTo("*/*")));
  }

  @Test
  void refusesAnIdThatIsNotAWhapiMediaIdWithoutCallingWhapi() {
    assertThat(downloadFails("not_a_media_id").code()).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(wireMock.getAllServeEvents()).isEmpty();
  }

  @ParameterizedTest(name = "HTTP {0} becomes {1}")
  @CsvSource({
    "404, NOT_FOUND",
    "400, PROVIDER_REJECTED",
    "401, PROVIDER_AUTH_FAILED",
    "500, PROVIDER_ERROR",
    "503, PROVIDER_ERROR"
  })
  void mapsEveryFailedDownload(int status, ErrorCode code) {
    serves("/media/" + ID, status, "application/json", WhapiFixtures.error(status, "no"));

    assertThat(downloadFails(ID).code()).isEqualTo(code);
  }

  @ParameterizedTest(name = "a 200 typed {0} is not a file")
  @CsvSource({"application/json, {\"error\":{\"code\":404}}", "text/html, <html>proxy</html>"})
  void refusesAnErrorBodyOrAPageAsAFile(String type, String body) {
    serves("/media/" + ID, 200, type, body);

    GatewayException failure = downloadFails(ID);

    assertThat(failure.code()).isEqualTo(ErrorCode.PROVIDER_ERROR);
    assertThat(failure.getMessage()).contains(type);
  }

  @Test
  void uploadsTheRawFileWithItsTypeAndReturnsWhapisId() {
    wireMock.stubFor(post("/media").willReturn(okJson(WhapiFixtures.uploaded(ID))));

    StoredMedia stored =
        store.upload(
            WhapiFixtures.account(),
            new MediaUpload(new ByteArrayInputStream(JPEG), "image/jpeg", "photo.jpg"));

    assertThat(stored).isEqualTo(new StoredMedia(new MediaId(ID), "image/jpeg", JPEG.length));
    wireMock.verify(
        1,
        postRequestedFor(urlEqualTo("/media"))
            .withHeader("Authorization", equalTo(BEARER))
            .withHeader("Content-Type", equalTo("image/jpeg"))
            .withRequestBody(binaryEqualTo(JPEG)));
  }

  @ParameterizedTest(name = "upload answered {0}")
  @CsvSource(
      delimiter = '|',
      value = {"{\"media\":[]}", "{\"media\":[{\"id\":\"../x\"}]}", "<html>oops</html>"})
  void refusesAnUploadAnswerWithoutAUsableId(String body) {
    wireMock.stubFor(
        post("/media")
            .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));

    assertThat(uploadFails().code()).isEqualTo(ErrorCode.PROVIDER_ERROR);
  }

  @Test
  void mapsARefusedUploadToAuthFailed() {
    wireMock.stubFor(
        post("/media")
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody(WhapiFixtures.error(401, "Need channel authorization"))));

    assertThat(uploadFails().code()).isEqualTo(ErrorCode.PROVIDER_AUTH_FAILED);
  }
}
