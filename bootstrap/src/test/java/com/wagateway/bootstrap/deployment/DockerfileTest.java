package com.wagateway.bootstrap.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The container image recipe's essentials, read from the Dockerfile itself: no Docker daemon is
 * needed (nor available in CI) to know that the image runs the fast-jar as a non-root user on 8080.
 */
class DockerfileTest {
  private static final Path DOCKERFILE = Path.of("src/main/docker/Dockerfile.jvm");
  private static final Path DOCKERIGNORE = Path.of(".dockerignore");

  @Test
  void startsFromAJava17RuntimeImage() throws IOException {
    assertThat(arguments("FROM"))
        .singleElement()
        .asString()
        .containsAnyOf("ubi9/openjdk-17-runtime", "eclipse-temurin:17-jre");
  }

  @Test
  void copiesTheFourFastJarLayersIntoDeployments() throws IOException {
    assertThat(arguments("COPY"))
        .containsExactly(
            "--chown=185 target/quarkus-app/lib/ /deployments/lib/",
            "--chown=185 target/quarkus-app/*.jar /deployments/",
            "--chown=185 target/quarkus-app/app/ /deployments/app/",
            "--chown=185 target/quarkus-app/quarkus/ /deployments/quarkus/");
  }

  @Test
  void runsAsANumericNonRootUserFromBeforeTheEntrypoint() throws IOException {
    List<String> instructions = instructions();
    int lastUser = lastIndexOf(instructions, "USER");
    assertThat(lastUser).as("a USER instruction").isNotNegative();
    String user = instructions.get(lastUser).substring("USER ".length()).split(":")[0].trim();
    assertThat(user).matches("[0-9]+").isNotEqualTo("0");
    assertThat(lastUser).isLessThan(lastIndexOf(instructions, "ENTRYPOINT"));
  }

  @Test
  void exposesTheHttpPort() throws IOException {
    assertThat(arguments("EXPOSE")).containsExactly("8080");
  }

  @Test
  void entrypointRunsQuarkusRunJar() throws IOException {
    assertThat(arguments("ENTRYPOINT"))
        .containsExactly("[ \"/opt/jboss/container/java/run/run-java.sh\" ]");
    assertThat(arguments("ENV")).contains("JAVA_APP_JAR=\"/deployments/quarkus-run.jar\"");
  }

  @Test
  void trainsAClassDataSharingArchiveWithTheImagesJdkAndStartsWithIt() throws IOException {
    List<String> instructions = instructions();
    int training = lastIndexOf(instructions, "RUN");
    assertThat(training).as("a RUN instruction").isNotNegative();
    assertThat(instructions.get(training))
        .contains("-XX:ArchiveClassesAtExit=/deployments/app-cds.jsa")
        .contains("-Dgateway.cds-training=true")
        .contains("-jar /deployments/quarkus-run.jar");
    assertThat(training)
        .as("trained as the image's user, after the application is copied")
        .isGreaterThan(lastIndexOf(instructions, "USER"))
        .isGreaterThan(lastIndexOf(instructions, "COPY"));
    assertThat(arguments("ENV"))
        .anyMatch(
            env ->
                env.startsWith("JAVA_OPTS_APPEND=")
                    && env.contains("-XX:SharedArchiveFile=/deployments/app-cds.jsa"));
  }

  @Test
  void theBuildContextSendsOnlyThePackagedApplication() throws IOException {
    assertThat(Files.readAllLines(DOCKERIGNORE))
        .filteredOn(line -> !line.isBlank() && !line.startsWith("#"))
        .containsExactly("*", "!target/quarkus-app/*");
  }

  private static List<String> arguments(String keyword) throws IOException {
    List<String> found = new ArrayList<>();
    for (String instruction : instructions()) {
      if (instruction.startsWith(keyword + " ")) {
        found.add(instruction.substring(keyword.length() + 1).trim());
      }
    }
    return found;
  }

  private static int lastIndexOf(List<String> instructions, String keyword) {
    for (int i = instructions.size() - 1; i >= 0; i--) {
      if (instructions.get(i).startsWith(keyword + " ")) {
        return i;
      }
    }
    return -1;
  }

  /** One string per instruction: comments dropped, continuation lines joined. */
  private static List<String> instructions() throws IOException {
    List<String> instructions = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : Files.readAllLines(DOCKERFILE)) {
      String trimmed = line.trim();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      boolean continued = trimmed.endsWith("\\");
      current.append(continued ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
      if (!continued) {
        instructions.add(current.toString());
        current.setLength(0);
      }
    }
    return instructions;
  }
}
