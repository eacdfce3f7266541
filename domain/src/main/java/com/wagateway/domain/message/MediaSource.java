package com.wagateway.domain.message;

import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.model.Require;
import java.net.URI;
import java.util.Base64;
import java.util.regex.Pattern;

/** Where media comes from: a public URL, inline base64 bytes, or an id in the provider's store. */
public sealed interface MediaSource {

  /** Media the provider downloads itself; http(s) only. */
  record Url(URI uri) implements MediaSource {
    public Url {
      Require.present(uri, "media.url");
      String scheme = uri.getScheme();
      if (!uri.isAbsolute()
          || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
          || uri.getHost() == null) {
        throw new InvalidValueException("media.url", "must be an absolute http(s) URL");
      }
    }

    public static Url parse(String text, String field) {
      Require.present(text, field);
      try {
        return new Url(URI.create(text.strip()));
      } catch (IllegalArgumentException | InvalidValueException e) {
        // one field name, whatever way the URL is wrong
        throw new InvalidValueException(field, "must be an absolute http(s) URL");
      }
    }
  }

  /** Inline bytes, base64-encoded (standard alphabet, padding optional), with their MIME type. */
  record Inline(String base64, String mimeType) implements MediaSource {
    private static final Pattern MIME = Pattern.compile("[a-z]+/[a-z0-9.+\\-]+");

    public Inline {
      Require.present(base64, "media.base64");
      Require.present(mimeType, "media.mimeType");
      mimeType = mimeType.strip().toLowerCase(java.util.Locale.ROOT); // MIME types ignore case
      if (!MIME.matcher(mimeType).matches()) {
        throw new InvalidValueException("media.mimeType", "must be a MIME type such as image/png");
      }
      if (base64.isBlank() || decodes(base64) == 0) {
        throw new InvalidValueException("media.base64", "must be non-empty valid base64");
      }
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static int decodes(String base64) {
      try {
        return Base64.getDecoder().decode(WHITESPACE.matcher(base64).replaceAll("")).length;
      } catch (IllegalArgumentException e) {
        throw new InvalidValueException("media.base64", "must be valid base64");
      }
    }

    public byte[] bytes() {
      return Base64.getDecoder().decode(WHITESPACE.matcher(base64).replaceAll(""));
    }

    /** The RFC 2397 form {@code data:<mime>;base64,<data>} that several providers accept. */
    public String dataUri() {
      return "data:" + mimeType + ";base64," + WHITESPACE.matcher(base64).replaceAll("");
    }
  }

  /** Media already uploaded to the provider, referenced by its id there. */
  record Stored(String id) implements MediaSource {
    public Stored {
      Require.text(id, "media.id", 1, 512);
    }
  }
}
