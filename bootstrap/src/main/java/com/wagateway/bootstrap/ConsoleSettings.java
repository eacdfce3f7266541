package com.wagateway.bootstrap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The browser console at {@code /console} ({@code gateway.console.*}). */
@ConfigMapping(prefix = "gateway.console")
public interface ConsoleSettings {

  /** How long a console session lasts from sign-in, however active it is (absolute expiry). */
  @WithDefault("8h")
  Duration sessionLifetime();
}
