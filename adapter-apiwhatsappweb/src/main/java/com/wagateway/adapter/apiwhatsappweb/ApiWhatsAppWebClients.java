package com.wagateway.adapter.apiwhatsappweb;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Builds the two REST clients once from the settings; tests build them against any URL. */
@ApplicationScoped
class ApiWhatsAppWebClients {
  private final ApiWhatsAppWebConfigApi config;
  private final ApiWhatsAppWebSendApi send;
  private final ApiWhatsAppWebWebhookApi webhooks;
  private final ApiWhatsAppWebSettings settings;

  @Inject
  ApiWhatsAppWebClients(ApiWhatsAppWebSettings settings) {
    this(settings.baseUrl(), settings.sendBaseUrl(), settings);
  }

  private ApiWhatsAppWebClients(String configUrl, String sendUrl, ApiWhatsAppWebSettings settings) {
    this.config = build(ApiWhatsAppWebConfigApi.class, configUrl, settings);
    this.send = build(ApiWhatsAppWebSendApi.class, sendUrl, settings);
    this.webhooks = build(ApiWhatsAppWebWebhookApi.class, configUrl, settings);
    this.settings = settings;
  }

  /** Both hosts at {@code url}, with the timeouts and paths of {@code settings}. */
  static ApiWhatsAppWebClients against(String url, ApiWhatsAppWebSettings settings) {
    return new ApiWhatsAppWebClients(url, url, settings);
  }

  ApiWhatsAppWebConfigApi config() {
    return config;
  }

  ApiWhatsAppWebSendApi send() {
    return send;
  }

  ApiWhatsAppWebWebhookApi webhooks() {
    return webhooks;
  }

  /** The REST client joins base URL and path itself, so a path goes without its leading '/'. */
  static String relative(String path) {
    return path.replaceFirst("^/+", "");
  }

  ApiWhatsAppWebSettings.SendPaths paths() {
    return settings.paths();
  }

  ApiWhatsAppWebSettings.WebhookPaths webhookPaths() {
    return settings.webhookPaths();
  }

  private static <T> T build(Class<T> api, String url, ApiWhatsAppWebSettings settings) {
    return QuarkusRestClientBuilder.newBuilder()
        .baseUri(URI.create(url))
        .connectTimeout(millis(settings.connectTimeout()), TimeUnit.MILLISECONDS)
        .readTimeout(millis(settings.readTimeout()), TimeUnit.MILLISECONDS)
        .register(new RequestIdHeader())
        .build(api);
  }

  private static long millis(Duration duration) {
    return duration.toMillis();
  }
}
