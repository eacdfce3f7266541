package com.wagateway.adapter.rest.messages;

/** Field descriptions shared by several request schemas. */
final class Docs {
  static final String TO =
      "Recipient: a phone number in international form (+573001234567; spaces, dashes and"
          + " parentheses are ignored) or a chat id (...@s.whatsapp.net, ...@g.us)";

  private Docs() {}
}
