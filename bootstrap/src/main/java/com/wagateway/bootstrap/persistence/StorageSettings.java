package com.wagateway.bootstrap.persistence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the gateway keeps files of its own. */
@ConfigMapping(prefix = "gateway")
public interface StorageSettings {

  /**
   * Directory of the embedded database and of the dev-mode master key; absolute, or relative
   * starting with {@code ./}.
   */
  @WithDefault("./data")
  String dataDir();
}
