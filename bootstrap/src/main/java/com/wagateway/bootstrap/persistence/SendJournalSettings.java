package com.wagateway.bootstrap.persistence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How much the send journal holds back, and for how long ({@code gateway.send-journal.*}). */
@ConfigMapping(prefix = "gateway.send-journal")
public interface SendJournalSettings {

  /** Writes that may wait to be committed; a send beyond them is refused at once with a 503. */
  @WithDefault("10000")
  int maxPending();

  /** Time a write has to be committed before its send fails with a 503. */
  @WithDefault("5s")
  Duration writeTimeout();
}
