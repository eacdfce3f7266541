package com.wagateway.bootstrap.delivery;

import com.wagateway.application.port.WebhookTransport;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Map;

/**
 * Posts webhooks with the JDK's HTTP client: no redirects followed (a subscriber that moved must be
 * updated, not guessed), bounded connect and answer times, the answer's body discarded.
 */
@ApplicationScoped
public class JdkWebhookTransport implements WebhookTransport {
  private static final String USER_AGENT = "wa-gateway-webhooks/1";

  private final HttpClient client;
  private final DeliverySettings settings;

  JdkWebhookTransport(DeliverySettings settings) {
    this.settings = settings;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public Answer post(URI url, Map<String, String> headers, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(settings.requestTimeout())
            .header("Content-Type", "application/json")
            .header("User-Agent", USER_AGENT)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    try {
      HttpResponse<Void> response =
          client.send(request.build(), HttpResponse.BodyHandlers.discarding());
      return new Answer(response.statusCode(), null);
    } catch (HttpConnectTimeoutException e) {
      return new Answer(null, "connect timed out after " + settings.connectTimeout());
    } catch (HttpTimeoutException e) {
      return new Answer(null, "no answer within " + settings.requestTimeout());
    } catch (ConnectException e) {
      return new Answer(null, "could not connect");
    } catch (IOException e) {
      return new Answer(null, "I/O error (" + e.getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(null, "interrupted (gateway shutting down)");
    }
  }
}
