package com.wagateway.bootstrap.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.LaunchMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyTest {
  @TempDir Path dataDir;

  @Test
  void productionWithoutAKeyExplainsWhatToSet() {
    assertThatThrownBy(
            () -> MasterKeyProvider.resolve(Optional.empty(), LaunchMode.NORMAL, dataDir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("gateway.security.master-key")
        .hasMessageContaining("GATEWAY_SECURITY_MASTER_KEY")
        .hasMessageContaining("openssl rand -base64 32");
    assertThat(dataDir.resolve(MasterKeyProvider.DEV_KEY_FILE)).doesNotExist();
  }

  @Test
  void blankKeyCountsAsMissing() {
    assertThatThrownBy(
            () -> MasterKeyProvider.resolve(Optional.of(" "), LaunchMode.NORMAL, dataDir))
        .hasMessageContaining("No master key configured");
  }

  @Test
  void rejectsAKeyOfTheWrongLengthWithoutShowingIt() {
    String shortKey = Base64.getEncoder().encodeToString("sixteen-byte-key".getBytes());

    assertThatThrownBy(
            () -> MasterKeyProvider.resolve(Optional.of(shortKey), LaunchMode.NORMAL, dataDir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("gateway.security.master-key")
        .hasMessageContaining("16 bytes")
        .hasMessageContaining("openssl rand -base64 32")
        .hasMessageNotContaining(shortKey);
  }

  @Test
  void rejectsAKeyThatIsNotBase64WithoutShowingIt() {
    String garbage = "not base64 at all, not-a-real-key!";

    assertThatThrownBy(() -> MasterKey.parse(garbage))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("base64")
        .hasMessageNotContaining(garbage);
  }

  @Test
  void configuredKeyWinsInEveryMode() {
    String key = MasterKey.generate();

    byte[] configured = java.util.Base64.getDecoder().decode(key);
    for (LaunchMode mode : LaunchMode.values()) {
      assertThat(
              MasterKeyProvider.resolve(Optional.of(key), mode, dataDir).secretKey().getEncoded())
          .as("the key used in %s mode", mode)
          .isEqualTo(configured);
    }
    assertThat(dataDir.resolve(MasterKeyProvider.DEV_KEY_FILE)).doesNotExist();
  }

  @Test
  void devModeGeneratesAnOwnerOnlyKeyFileAndReusesIt() throws Exception {
    Path keys = dataDir.resolve("nested");

    MasterKeyProvider.resolve(Optional.empty(), LaunchMode.DEVELOPMENT, keys);
    Path file = keys.resolve(MasterKeyProvider.DEV_KEY_FILE);
    String first = Files.readString(file);
    MasterKeyProvider.resolve(Optional.empty(), LaunchMode.DEVELOPMENT, keys);

    assertThat(Base64.getDecoder().decode(first)).hasSize(32);
    assertThat(Files.readString(file)).isEqualTo(first);
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void neverPrintsTheKey() {
    String key = MasterKey.generate();

    assertThat(MasterKey.parse(key).toString()).doesNotContain(key);
  }
}
