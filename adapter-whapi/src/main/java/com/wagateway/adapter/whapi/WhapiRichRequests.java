package com.wagateway.adapter.whapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.wagateway.adapter.whapi.WhapiRequests.TextPart;
import java.util.List;

/**
 * Request bodies of {@link WhapiRichSendsClient}, exactly as the Whapi OpenAPI 1.8.7 schemas name
 * them; absent values are left out. Only the fields the gateway fills are declared.
 */
final class WhapiRichRequests {
  private WhapiRichRequests() {}

  /** {@code SenderGif} and {@code SenderShort}: the same fields, the caption for GIFs only. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SenderMotion(
      String to, String media, @JsonProperty("mime_type") String mimeType, String caption) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SenderLiveLocation(
      String to,
      double latitude,
      double longitude,
      Integer accuracy,
      Integer speed,
      Integer degrees,
      String comment) {}

  record SenderContactList(String to, List<VCard> list) {}

  /** {@code VCard}: the name shown in the chat, and the card itself. */
  record VCard(String name, String vcard) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SenderCarousel(String to, TextPart body, List<CarouselCard> cards) {}

  /** {@code CarouselCard}; its {@code media} is a {@code SendMedia} object, not a bare string. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record CarouselCard(
      String id, String text, List<WhapiRequests.Button> buttons, CardMedia media) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record CardMedia(String media, @JsonProperty("mime_type") String mimeType) {}

  /** {@code CreateEventRequest}: times in Unix seconds. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record CreateEvent(
      String to,
      String title,
      String description,
      long startTime,
      Long endTime,
      String locationName) {}
}
