package com.wagateway.bootstrap.persistence;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Finds the master key at start-up: from configuration, or in dev mode from a generated key file
 * next to the dev database. Production without a key stops the gateway with instructions.
 */
@ApplicationScoped
public class MasterKeyProvider {
  private static final Logger LOG = Logger.getLogger(MasterKeyProvider.class);
  static final String DEV_KEY_FILE = "dev-master-key";

  @Produces
  @Startup
  @ApplicationScoped
  MasterKey masterKey(SecuritySettings settings, StorageSettings storage) {
    return resolve(settings.masterKey(), LaunchMode.current(), Path.of(storage.dataDir()));
  }

  static MasterKey resolve(Optional<String> configured, LaunchMode mode, Path dataDir) {
    Optional<String> value = configured.filter(v -> !v.isBlank());
    if (value.isPresent()) {
      return MasterKey.parse(value.get());
    }
    if (mode == LaunchMode.DEVELOPMENT) {
      Path file = dataDir.resolve(DEV_KEY_FILE);
      LOG.warnf(
          "No %s set: dev mode uses the generated key in %s. Never use it in production.",
          MasterKey.PROPERTY, file);
      return MasterKey.parse(loadOrCreate(file));
    }
    throw new IllegalStateException(
        "No master key configured: set "
            + MasterKey.PROPERTY
            + " (environment variable "
            + MasterKey.ENV
            + ") to the base64 of 32 random bytes; "
            + MasterKey.HOW_TO_GENERATE
            + ". It encrypts the provider credentials stored in the database: keep it safe, the"
            + " stored credentials cannot be read without it.");
  }

  static String loadOrCreate(Path file) {
    try {
      if (Files.notExists(file)) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        writeOwnerOnly(file, MasterKey.generate());
      }
      return Files.readString(file, StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the dev master key " + file, e);
    }
  }

  private static void writeOwnerOnly(Path file, String key) throws IOException {
    try {
      if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(file);
      }
    } catch (FileAlreadyExistsException raced) {
      return; // another dev process created it first: use that one
    }
    Files.writeString(file, key, StandardCharsets.US_ASCII);
  }
}
