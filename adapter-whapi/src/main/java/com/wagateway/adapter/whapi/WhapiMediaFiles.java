package com.wagateway.adapter.whapi;

import com.wagateway.adapter.whapi.WhapiResponses.MediaFilesList;
import com.wagateway.adapter.whapi.WhapiResponses.StoredFile;
import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.media.MediaDownload;
import com.wagateway.domain.media.MediaFile;
import com.wagateway.domain.media.MediaFiles;
import com.wagateway.domain.media.MediaId;
import com.wagateway.domain.model.ProviderAccount;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The media family's mapper. Turns Whapi's {@code getMedia} answer into a {@link MediaDownload}
 * without reading its body (a 2xx without a type, or typed as JSON or HTML, is an error body or a
 * proxy's page, not a file), and its {@code getMediaFiles} answer into {@link MediaFiles}.
 */
final class WhapiMediaFiles {
  private static final Pattern FILE_NAME =
      Pattern.compile("filename\\s*=\\s*\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);

  private WhapiMediaFiles() {}

  static MediaDownload read(ProviderAccount account, Response answer) {
    try {
      String type = answer.getHeaderString(HttpHeaders.CONTENT_TYPE);
      if (type == null || notAFile(type)) {
        throw WhapiJson.undocumented(account, answer.getStatus(), "no file but " + type, null);
      }
      return new MediaDownload(
          closingBoth(answer),
          type,
          length(answer.getHeaderString(HttpHeaders.CONTENT_LENGTH)),
          fileName(answer.getHeaderString("Content-Disposition")));
    } catch (RuntimeException notAFile) {
      answer.close();
      throw notAFile instanceof InvalidValueException
          ? WhapiJson.undocumented(account, answer.getStatus(), "an unreadable type", notAFile)
          : notAFile;
    }
  }

  private static boolean notAFile(String type) {
    String bare = type.toLowerCase(Locale.ROOT);
    return bare.startsWith("application/json") || bare.startsWith("text/html");
  }

  /** The announced length; none when absent or not a number (the body is then chunked). */
  private static Long length(String header) {
    try {
      return header == null ? null : Long.valueOf(header.strip());
    } catch (NumberFormatException unreadable) {
      return null;
    }
  }

  /** A listing without {@code files}, or a file without a usable id, is not as documented. */
  static MediaFiles files(ProviderAccount account, MediaFilesList answer) {
    if (answer.files() == null) {
      throw WhapiJson.notAsDocumented(account, "files");
    }
    return new MediaFiles(
        answer.files().stream().map(file -> file(account, file)).toList(), answer.total());
  }

  private static MediaFile file(ProviderAccount account, StoredFile file) {
    try {
      return new MediaFile(
          new MediaId(file == null ? null : file.id()),
          file.mimeType(),
          file.fileSize() == null ? 0 : file.fileSize(),
          file.fileName(),
          file.timestamp() == null ? null : Instant.ofEpochSecond(file.timestamp().longValue()));
    } catch (InvalidValueException missingOrOdd) {
      throw WhapiJson.notAsDocumented(account, "files[].id");
    }
  }

  static String fileName(String disposition) {
    if (disposition == null) {
      return null;
    }
    Matcher name = FILE_NAME.matcher(disposition);
    return name.find() ? name.group(1).strip() : null;
  }

  /** The body as it arrives; closing it also releases the connection. */
  private static InputStream closingBoth(Response answer) {
    return new FilterInputStream(answer.readEntity(InputStream.class)) {
      @Override
      public void close() throws IOException {
        try {
          super.close();
        } finally {
          answer.close();
        }
      }
    };
  }
}
