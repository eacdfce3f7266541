package com.wagateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Proves a download is streamed, not buffered. WireMock cannot pause in the middle of a body, so
 * Whapi is played here by a JDK HTTP server that generates a 48 MiB file on the fly (nothing holds
 * it whole, on either side of the gateway), sends its first 4 MiB, and then waits until the test
 * says so. The caller must receive 2 MiB of them while the provider still waits to send the rest: a
 * gateway that buffered the file (in the REST client or in the server response) could not hand out
 * a single byte before the provider finished, and this test would fail (its preemptive timeout is
 * only a safety net against hanging, not an assertion on speed). The rest then follows and the
 * caller's copy must match the provider's byte for byte (length and SHA-256).
 */
@QuarkusTest
@TestProfile(MediaStreamingTest.PausingWhapi.class)
class MediaStreamingTest {
  private static final String ID = "mp4-0123456789abcdef";
  private static final int FIRST_PART = 4 * 1024 * 1024;

  /** Less than was sent: buffers on the way (sockets, output buffers) may hold back the tail. */
  private static final int FIRST_PART_SEEN = FIRST_PART / 2;

  private static final long TOTAL = 48L * 1024 * 1024 + 12_345;
  private static final long SEED = 20_261_129L;

  /**
   * The test tenants with Whapi at a port of its own; a read timeout long enough for the pause in
   * the middle.
   */
  public static class PausingWhapi implements QuarkusTestProfile {
    static final String PORT = "wagateway.test.pausing-whapi.port";

    @Override
    public Map<String, String> getConfigOverrides() {
      // A system property: the profile may be asked more than once, in another class loader.
      synchronized (PausingWhapi.class) {
        if (System.getProperty(PORT) == null) {
          System.setProperty(PORT, String.valueOf(freePort()));
        }
      }
      Map<String, String> config =
          new HashMap<>(ProviderStubs.config("http://127.0.0.1:" + System.getProperty(PORT)));
      config.put("gateway.providers.whapi.read-timeout", "20S");
      return config;
    }

    /** The shared WireMock's configuration would win over this profile's provider URL. */
    @Override
    public boolean disableGlobalTestResources() {
      return true;
    }

    private static int freePort() {
      try (ServerSocket socket = new ServerSocket(0)) {
        return socket.getLocalPort();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @TestHTTPResource("/")
  URL gateway;

  private HttpServer server;
  // Static: Quarkus may run the callbacks and the test on different instances of this class.
  private static CountDownLatch sendTheRest;
  private static AtomicBoolean providerWaiting;

  @BeforeEach
  void startPausingWhapi() throws IOException {
    sendTheRest = new CountDownLatch(1);
    providerWaiting = new AtomicBoolean();
    int port = Integer.parseInt(System.getProperty(PausingWhapi.PORT));
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/media/" + ID, MediaStreamingTest::serveInTwoParts);
    server.start();
  }

  @AfterEach
  void stopPausingWhapi() {
    sendTheRest.countDown();
    server.stop(0);
  }

  private static void serveInTwoParts(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "video/mp4");
    exchange.sendResponseHeaders(200, TOTAL);
    try (OutputStream body = exchange.getResponseBody()) {
      Generated file = new Generated();
      file.copy(body, FIRST_PART);
      body.flush();
      providerWaiting.set(true);
      boolean released = sendTheRest.await(30, TimeUnit.SECONDS);
      providerWaiting.set(false);
      if (!released) {
        exchange.close(); // cut short: the caller sees a truncated file and the test fails
        return;
      }
      file.copy(body, TOTAL - FIRST_PART);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void passesTheFirstBytesOnBeforeTheProviderHasSentTheRest() {
    assertTimeoutPreemptively(Duration.ofSeconds(90), this::downloadInTwoParts);
  }

  private void downloadInTwoParts() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(gateway.toURI().resolve("v1/tenants/acme-whapi/media/" + ID))
            .header("Authorization", "Bearer " + ProviderStubs.WHAPI_KEY)
            .build();
    HttpResponse<InputStream> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());

    assertThat(response.statusCode())
        .as(() -> "answer: " + new String(readAll(response.body())))
        .isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("video/mp4");
    assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(TOTAL);
    MessageDigest received = MessageDigest.getInstance("SHA-256");
    try (InputStream body = response.body()) {
      long first = digest(body, received, FIRST_PART_SEEN);

      assertThat(first).isEqualTo(FIRST_PART_SEEN);
      assertThat(providerWaiting).as("the provider still holds back the rest").isTrue();
      sendTheRest.countDown();
      long total = first + digest(body, received, Long.MAX_VALUE);
      assertThat(total).isEqualTo(TOTAL);
    }
    assertThat(HexFormat.of().formatHex(received.digest())).isEqualTo(expectedSha256());
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      return new byte[0];
    }
  }

  /** Reads up to {@code limit} bytes into {@code digest}; returns how many it read. */
  private static long digest(InputStream in, MessageDigest digest, long limit) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long read = 0;
    while (read < limit) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - read));
      if (n < 0) {
        break;
      }
      digest.update(buffer, 0, n);
      read += n;
    }
    return read;
  }

  private static String expectedSha256() throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    Generated file = new Generated();
    byte[] chunk = new byte[64 * 1024];
    for (long left = TOTAL; left > 0; left -= chunk.length) {
      int n = (int) Math.min(chunk.length, left);
      file.next(chunk, n);
      digest.update(chunk, 0, n);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The file's bytes, generated from a seed in 64 KiB chunks; never held whole. */
  private static final class Generated {
    private final SplittableRandom random = new SplittableRandom(SEED);

    void next(byte[] chunk, int n) {
      for (int i = 0; i < n; i++) {
        chunk[i] = (byte) random.nextInt(256);
      }
    }

    void copy(OutputStream out, long count) throws IOException {
      byte[] chunk = new byte[64 * 1024];
      for (long left = count; left > 0; left -= chunk.length) {
        int n = (int) Math.min(chunk.length, left);
        next(chunk, n);
        out.write(chunk, 0, n);
      }
    }
  }
}
