package com.wagateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training run of a class data sharing archive ({@code ClassDataSharingTraining}), as the
 * container image build runs it, against the packaged jar: it stops by itself once its own first
 * request is answered, leaves an archive, and the next start maps its classes from that archive.
 */
class ClassDataSharingIT {
  private static final String JAR = "target/quarkus-app/quarkus-run.jar";

  @Test
  void aTrainingRunStopsByItselfAndItsArchiveServesTheNextStart(@TempDir Path dir)
      throws Exception {
    Path archive = dir.resolve("app-cds.jsa");
    Path trainingLog = dir.resolve("training.log");
    Process training =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:ArchiveClassesAtExit=" + archive,
                "-Dgateway.cds-training=true",
                "-Dquarkus.http.port=" + PackagedGateway.freePort(),
                "-Dgateway.data-dir=" + dir.resolve("training"),
                "-Dgateway.admin-api-key=training-only",
                "-Dgateway.security.master-key=" + PackagedGateway.MASTER_KEY,
                "-jar",
                JAR)
            .redirectErrorStream(true)
            .redirectOutput(trainingLog.toFile())
            .start();

    assertThat(training.waitFor(120, TimeUnit.SECONDS))
        .as("the training run stops by itself")
        .isTrue();
    assertThat(training.exitValue()).isZero();
    assertThat(Files.readString(trainingLog)).contains("the first request answered 200; stopping");
    assertThat(archive).isNotEmptyFile();

    Path classes = dir.resolve("classes.log");
    Path data = Files.createDirectories(dir.resolve("data"));
    try (PackagedGateway started =
        PackagedGateway.start(
            data,
            PackagedGateway.freePort(),
            "admin-key",
            List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:class+load=info:file=" + classes))) {
      // The dynamic archive's classes are logged as coming from its "top" layer.
      assertThat(Files.readAllLines(classes))
          .filteredOn(line -> line.contains("com.wagateway."))
          .anyMatch(line -> line.contains("source: shared objects file (top)"));
    }
  }
}
