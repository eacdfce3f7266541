package com.wagateway.adapter.rest.messages;

/** Request examples shown in Swagger UI; realistic, and never a real number or credential. */
final class Examples {
  static final String TEXT =
      "{\"to\": \"+573001234567\", \"text\": \"Your order #1042 has shipped.\"}";
  static final String IMAGE_URL =
      "{\"to\": \"+573001234567\", \"media\": {\"url\": \"https://cdn.example.com/catalog.jpg\"},"
          + " \"caption\": \"New catalog\"}";
  static final String IMAGE_BASE64 =
      "{\"to\": \"573001234567@s.whatsapp.net\", \"media\": {\"base64\":"
          + " \"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\","
          + " \"mimeType\": \"image/png\"}}";
  static final String VIDEO =
      "{\"to\": \"+573001234567\", \"media\": {\"url\": \"https://cdn.example.com/demo.mp4\"},"
          + " \"caption\": \"How it works\"}";
  static final String AUDIO =
      "{\"to\": \"+573001234567\", \"media\": {\"url\": \"https://cdn.example.com/jingle.mp3\"}}";
  static final String VOICE =
      "{\"to\": \"+573001234567\", \"media\": {\"url\": \"https://cdn.example.com/note.ogg\"}}";
  static final String DOCUMENT =
      "{\"to\": \"+573001234567\", \"media\": {\"url\": \"https://cdn.example.com/invoice-1042.pdf\"},"
          + " \"filename\": \"invoice-1042.pdf\", \"caption\": \"Your invoice\"}";
  static final String STICKER =
      "{\"to\": \"+573001234567\", \"media\": {\"url\": \"https://cdn.example.com/thanks.webp\"}}";
  static final String LOCATION =
      "{\"to\": \"+573001234567\", \"latitude\": 4.6097, \"longitude\": -74.0817,"
          + " \"name\": \"Main store\", \"address\": \"Cra. 7 #32-16, Bogotá\"}";
  static final String CONTACT =
      "{\"to\": \"+573001234567\", \"name\": \"Ana Gómez\", \"phone\": \"+573109876543\","
          + " \"organization\": \"ACME Support\", \"email\": \"ana@example.com\"}";
  static final String LINK_PREVIEW =
      "{\"to\": \"+573001234567\", \"text\": \"Spring sale: https://shop.example.com/sale\","
          + " \"url\": \"https://shop.example.com/sale\", \"title\": \"Spring sale\","
          + " \"description\": \"Up to 40% off until Sunday\"}";
  static final String POLL =
      "{\"to\": \"120363012345678901@g.us\", \"title\": \"Which delivery slot suits you?\","
          + " \"options\": [\"Morning\", \"Afternoon\", \"Evening\"], \"maxSelections\": 1}";
  static final String INTERACTIVE =
      "{\"to\": \"+573001234567\", \"header\": \"Order #1042\","
          + " \"body\": \"Did your parcel arrive in good condition?\", \"footer\": \"ACME Support\","
          + " \"buttons\": [{\"id\": \"yes\", \"title\": \"Yes, all good\"},"
          + " {\"id\": \"no\", \"title\": \"No, a problem\"}]}";
  static final String REACTION =
      "{\"to\": \"+573001234567\", \"messageId\": \"PsqXn5SAD5v7HRA-wHqB9tw\", \"emoji\": \"👍\"}";

  private Examples() {}
}
