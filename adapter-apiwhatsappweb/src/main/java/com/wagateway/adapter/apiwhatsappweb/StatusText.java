package com.wagateway.adapter.apiwhatsappweb;

import com.wagateway.domain.instance.ConnectionState;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the status answer's sentence, the one unavoidable text check: the provider says active or
 * inactive only in words ("Instancia activa" / "Instancia inactiva"), localised in Spanish, English
 * or Portuguese. Case and accents are ignored; anything unrecognised is UNKNOWN.
 */
final class StatusText {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  // "inactive" contains "active", so the negative stems are looked for first.
  private static final Pattern INACTIVE = Pattern.compile("\\b(inactiv|inativ)");
  private static final Pattern ACTIVE = Pattern.compile("\\b(activ|ativ)");

  private StatusText() {}

  static ConnectionState state(String sentence) {
    String text = normalise(sentence);
    if (INACTIVE.matcher(text).find()) {
      return ConnectionState.DISCONNECTED;
    }
    if (ACTIVE.matcher(text).find()) {
      return ConnectionState.CONNECTED;
    }
    return ConnectionState.UNKNOWN;
  }

  private static String normalise(String sentence) {
    String decomposed = Normalizer.normalize(sentence, Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
