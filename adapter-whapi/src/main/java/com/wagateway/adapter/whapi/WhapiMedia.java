package com.wagateway.adapter.whapi;

import com.wagateway.adapter.whapi.WhapiRequests.SenderAudio;
import com.wagateway.adapter.whapi.WhapiRequests.SenderDocument;
import com.wagateway.adapter.whapi.WhapiRequests.SenderImage;
import com.wagateway.adapter.whapi.WhapiRequests.SenderSticker;
import com.wagateway.adapter.whapi.WhapiRequests.SenderVideo;
import com.wagateway.adapter.whapi.WhapiRequests.SenderVoice;
import com.wagateway.domain.message.MediaSource;
import com.wagateway.domain.message.MessageContent;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;

/**
 * Media for Whapi's {@code media} field, which takes a URL, a base64 data URI or the id of a file
 * already uploaded to Whapi ({@code SendMedia} in the spec).
 */
final class WhapiMedia {
  private WhapiMedia() {}

  static String media(MediaSource source) {
    if (source instanceof MediaSource.Url url) {
      return url.uri().toString();
    }
    if (source instanceof MediaSource.Inline inline) {
      return inline.dataUri();
    }
    return ((MediaSource.Stored) source).id();
  }

  /** Only inline bytes need {@code mime_type}; Whapi reads it from URLs and stored files. */
  static String mimeType(MediaSource source) {
    return source instanceof MediaSource.Inline inline ? inline.mimeType() : null;
  }

  static BiFunction<WhapiClient, String, CompletionStage<Response>> request(
      String to, MessageContent.Media m) {
    String media = media(m.source());
    String mime = mimeType(m.source());
    String caption = m.caption();
    return switch (m.type()) {
      case IMAGE -> (c, auth) -> c.sendImage(auth, new SenderImage(to, media, mime, caption));
      case VIDEO -> (c, auth) -> c.sendVideo(auth, new SenderVideo(to, media, mime, caption));
      case AUDIO -> (c, auth) -> c.sendAudio(auth, new SenderAudio(to, media, mime));
      case VOICE -> (c, auth) -> c.sendVoice(auth, new SenderVoice(to, media, mime));
      case STICKER -> (c, auth) -> c.sendSticker(auth, new SenderSticker(to, media, mime));
      case DOCUMENT ->
          (c, auth) ->
              c.sendDocument(auth, new SenderDocument(to, media, mime, caption, m.filename()));
      default -> throw new IllegalArgumentException(m.type() + " is not a media type");
    };
  }
}
