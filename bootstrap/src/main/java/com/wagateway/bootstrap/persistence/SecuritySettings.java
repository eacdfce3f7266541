package com.wagateway.bootstrap.persistence;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Secrets the gateway needs to protect what it stores. */
@ConfigMapping(prefix = "gateway.security")
public interface SecuritySettings {

  /**
   * Base64 of exactly 32 random bytes ({@code openssl rand -base64 32}); encrypts provider
   * credentials at rest. Required in production; dev mode generates one under the data directory.
   */
  Optional<String> masterKey();
}
