package com.wagateway.bootstrap.persistence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.Optional;

/** Which database holds the tenant registry, and where. */
@ConfigMapping(prefix = "gateway.database")
public interface DatabaseSettings {

  /** {@code h2} (embedded file database under {@code gateway.data-dir}) or {@code postgresql}. */
  @WithDefault("h2")
  Kind kind();

  /** JDBC URL of the PostgreSQL database, e.g. {@code jdbc:postgresql://host:5432/gateway}. */
  Optional<String> url();

  /** PostgreSQL user. */
  Optional<String> username();

  /** PostgreSQL password; from the environment, never from a file in the repository. */
  Optional<String> password();

  /**
   * Internal lookup table (datasource -> kind -> active) that turns {@link #kind()} into the
   * datasources' {@code active} flags; not meant to be changed.
   */
  Map<String, Map<String, Boolean>> active();

  /** The databases the gateway is built for. */
  enum Kind {
    H2,
    POSTGRESQL
  }
}
