package com.wagateway.domain.media;

import java.util.List;

/**
 * One slice of the provider's media store, oldest first or newest first as asked; {@code total} is
 * how many files the store holds, when the provider says.
 */
public record MediaFiles(List<MediaFile> files, Integer total) {
  public MediaFiles {
    files = List.copyOf(files);
  }
}
