package com.wagateway.application.fake;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** Ids {@code 1}, {@code 2}, {@code 3}... so tests can name what a use case will create. */
public final class SequentialIds implements Supplier<String> {
  private final AtomicLong next = new AtomicLong(1);

  @Override
  public String get() {
    return Long.toString(next.getAndIncrement());
  }
}
