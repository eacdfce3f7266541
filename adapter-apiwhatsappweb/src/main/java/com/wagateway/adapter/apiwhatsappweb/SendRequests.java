package com.wagateway.adapter.apiwhatsappweb;

import com.wagateway.adapter.apiwhatsappweb.SendBodies.AudioSend;
import com.wagateway.adapter.apiwhatsappweb.SendBodies.DocumentSend;
import com.wagateway.adapter.apiwhatsappweb.SendBodies.ImageSend;
import com.wagateway.adapter.apiwhatsappweb.SendBodies.LocationSend;
import com.wagateway.adapter.apiwhatsappweb.SendBodies.SendRequest;
import com.wagateway.adapter.apiwhatsappweb.SendBodies.TextSend;
import com.wagateway.adapter.apiwhatsappweb.SendBodies.VideoSend;
import com.wagateway.domain.message.MessageContent;
import com.wagateway.domain.message.MessageType;

/** Turns unified content into the provider's send body and the path it goes to. */
final class SendRequests {
  private SendRequests() {}

  /** One send: relative path on the send host and its JSON body. */
  record Send(String path, SendRequest body) {}

  /**
   * Builds the send for an already supported type; {@code media} is the media value as the provider
   * takes it (see {@link ApiWhatsAppWebMessageSender}).
   */
  static Send of(
      ApiWhatsAppWebSettings.SendPaths paths, String number, MessageContent content, String media) {
    // quotedMessageId and linkPreview have no documented field: they are dropped.
    if (content instanceof MessageContent.Text text) {
      return new Send(paths.text(), new TextSend(number, text.body()));
    }
    if (content instanceof MessageContent.Location l) {
      return new Send(
          paths.location(),
          new LocationSend(number, l.latitude(), l.longitude(), l.name(), l.address()));
    }
    if (content instanceof MessageContent.Media m) {
      return media(paths, number, m, media);
    }
    throw new IllegalArgumentException("unsupported content " + content.type());
  }

  private static Send media(
      ApiWhatsAppWebSettings.SendPaths paths, String number, MessageContent.Media m, String media) {
    MessageType type = m.type();
    return switch (type) {
      case IMAGE -> new Send(paths.image(), new ImageSend(number, media, m.caption()));
      case DOCUMENT ->
          new Send(paths.document(), new DocumentSend(number, media, m.filename(), m.caption()));
      case AUDIO -> new Send(paths.audio(), new AudioSend(number, media));
      case VIDEO -> new Send(paths.video(), new VideoSend(number, media, m.caption()));
      default -> throw new IllegalArgumentException("unsupported media " + type);
    };
  }
}
