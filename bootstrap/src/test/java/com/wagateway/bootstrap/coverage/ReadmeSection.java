package com.wagateway.bootstrap.coverage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The part of a Markdown file between {@code <!-- name:start -->} and {@code <!-- name:end -->}
 * (each on a line of its own): what a test generates there is compared with it, or written over it.
 */
public final class ReadmeSection {
  private final Path file;
  private final String start;
  private final String end;

  public ReadmeSection(Path file, String name) {
    this.file = file;
    this.start = "<!-- " + name + ":start -->\n";
    this.end = "<!-- " + name + ":end -->";
  }

  public String current() {
    String text = text();
    return text.substring(from(text), to(text));
  }

  public void replace(String content) {
    String text = text();
    write(text.substring(0, from(text)) + content + text.substring(to(text)));
  }

  private int from(String text) {
    int at = text.indexOf(start);
    if (at < 0) {
      throw new IllegalStateException(file + " has no line " + start.strip());
    }
    return at + start.length();
  }

  private int to(String text) {
    int at = text.indexOf(end, from(text));
    if (at < 0) {
      throw new IllegalStateException(file + " has no " + end + " after " + start.strip());
    }
    return at;
  }

  private String text() {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
