package com.wagateway.adapter.apiwhatsappweb;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Where API WhatsApp Web lives and how long to wait for it; no credentials here (per tenant). */
@ConfigMapping(prefix = "gateway.providers.apiwhatsappweb")
public interface ApiWhatsAppWebSettings {

  /** Base URL of the configuration API (profile, status, QR, disconnect). */
  @WithDefault("https://apiwhatsappweb.com")
  String baseUrl();

  /** Base URL of the sending API (text, media, location). */
  @WithDefault("https://wamessageapi.com")
  String sendBaseUrl();

  /** How long to wait for a TCP connection to either host. */
  @WithDefault("5S")
  Duration connectTimeout();

  /** How long to wait for an answer once connected. */
  @WithDefault("30S")
  Duration readTimeout();

  /** Paths of the send endpoints on the send host; only text is documented, the rest assumed. */
  SendPaths paths();

  /** Paths on the config host that take each webhook kind's URL; only "sent" is documented. */
  WebhookPaths webhookPaths();

  /** Send endpoint paths, configurable because most of them are guesses. */
  interface SendPaths {

    /** Text send path (documented). */
    @WithDefault("/api/text")
    String text();

    /** Image send path (assumed, undocumented). */
    @WithDefault("/api/image")
    String image();

    /** Document send path (assumed, undocumented). */
    @WithDefault("/api/document")
    String document();

    /** Audio send path (assumed, undocumented). */
    @WithDefault("/api/audio")
    String audio();

    /** Video send path (assumed, undocumented). */
    @WithDefault("/api/video")
    String video();

    /** Location send path (assumed, undocumented). */
    @WithDefault("/api/location")
    String location();
  }

  /** Where each webhook kind's URL is set ({@code PUT} with {@code {"URL": ...}}). */
  interface WebhookPaths {

    /** "Delivery" webhook, a message sent (documented). */
    @WithDefault("/api/config/sent")
    String sent();

    /** "Receive" webhook, incoming messages (assumed, undocumented). */
    @WithDefault("/api/config/receive")
    String receive();

    /** "Status" webhook: received, read, replied, deleted (assumed, undocumented). */
    @WithDefault("/api/config/status")
    String status();

    /** "Connected" webhook (assumed, undocumented). */
    @WithDefault("/api/config/connected")
    String connected();

    /** "Disconnected" webhook (assumed, undocumented). */
    @WithDefault("/api/config/disconnected")
    String disconnected();
  }
}
