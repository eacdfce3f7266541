package com.wagateway.domain.media;

import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.model.Require;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads a MIME type as {@code type/subtype}, lower case, without parameters such as charset. */
final class MimeTypes {
  private static final Pattern CONCRETE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]*");

  private MimeTypes() {}

  static String normalized(String value, String field) {
    Require.present(value, field);
    String bare = value.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    String[] parts = bare.split("/", -1);
    if (parts.length != 2
        || !CONCRETE.matcher(parts[0]).matches()
        || !CONCRETE.matcher(parts[1]).matches()) {
      throw new InvalidValueException(field, "must be a MIME type such as image/png");
    }
    return bare;
  }
}
