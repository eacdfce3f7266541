package com.wagateway.adapter.rest.messages;

/** Request examples of {@link RichMessagesResource}; never a real number or credential. */
final class RichExamples {
  static final String GIF =
      "{\"to\": \"+573001234567\", \"media\": {\"url\": \"https://cdn.example.com/thanks.mp4\"},"
          + " \"caption\": \"Thank you!\"}";
  static final String SHORT =
      "{\"to\": \"+573001234567\", \"media\": {\"url\": \"https://cdn.example.com/hello.mp4\"}}";
  static final String LIVE =
      "{\"to\": \"+573001234567\", \"latitude\": 4.6097, \"longitude\": -74.0817,"
          + " \"accuracy\": 10, \"speed\": 3, \"degrees\": 90,"
          + " \"comment\": \"On my way with your order\"}";
  static final String CONTACTS =
      "{\"to\": \"+573001234567\", \"contacts\": ["
          + "{\"name\": \"Ana Gómez\", \"phone\": \"+573109876543\","
          + " \"organization\": \"ACME Support\"},"
          + " {\"name\": \"Luis Pérez\", \"phone\": \"+573112223344\"}]}";
  static final String CAROUSEL =
      "{\"to\": \"+573001234567\", \"body\": \"This week's offers\", \"cards\": ["
          + "{\"id\": \"boots\", \"media\": {\"url\": \"https://cdn.example.com/boots.jpg\"},"
          + " \"text\": \"Trail boots, 30% off\","
          + " \"buttons\": [{\"id\": \"buy-boots\", \"title\": \"Buy\"}]},"
          + " {\"id\": \"tent\", \"media\": {\"url\": \"https://cdn.example.com/tent.jpg\"},"
          + " \"text\": \"Two-person tent\","
          + " \"buttons\": [{\"id\": \"buy-tent\", \"title\": \"Buy\"}]}]}";
  static final String EVENT =
      "{\"to\": \"120363012345678901@g.us\", \"title\": \"Store opening\","
          + " \"description\": \"Coffee and 20% off all day\","
          + " \"startTime\": \"2026-12-05T18:00:00Z\", \"endTime\": \"2026-12-05T21:00:00Z\","
          + " \"location\": \"Cra. 7 #32-16, Bogotá\"}";

  private RichExamples() {}
}
