package com.wagateway.bootstrap;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The training run of a class data sharing archive. With {@code gateway.cds-training=true} the
 * gateway, once started, asks itself for its tenant list (with the admin key when there is one: the
 * first request's REST, security, JSON and database classes) and stops, so that
 *
 * <pre>
 * java -XX:ArchiveClassesAtExit=app-cds.jsa -Dgateway.cds-training=true ... -jar quarkus-run.jar
 * </pre>
 *
 * writes every class loaded so far to {@code app-cds.jsa} and exits by itself: no request from
 * outside and no signal needed, so a container image build can run it. Started with {@code
 * -XX:SharedArchiveFile=app-cds.jsa}, by the same JDK and from the same jar, the gateway then maps
 * those classes instead of loading them.
 */
@ApplicationScoped
class ClassDataSharingTraining {
  private static final Logger LOG = Logger.getLogger(ClassDataSharingTraining.class);
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final Duration RETRY = Duration.ofMillis(50);

  private final GatewaySettings settings;
  private final int port;

  ClassDataSharingTraining(
      GatewaySettings settings, @ConfigProperty(name = "quarkus.http.port") int port) {
    this.settings = settings;
    this.port = port;
  }

  void trainOnceStarted(@Observes StartupEvent started) {
    if (settings.cdsTraining()) {
      Thread training = new Thread(this::firstRequestThenStop, "cds-training");
      training.setDaemon(true);
      training.start();
    }
  }

  private void firstRequestThenStop() {
    try {
      HttpClient client = HttpClient.newHttpClient();
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/admin/tenants"))
              .timeout(PATIENCE);
      settings.adminApiKey().ifPresent(key -> request.header("Authorization", "Bearer " + key));
      Instant deadline = Instant.now().plus(PATIENCE);
      while (!answered(client, request.build()) && Instant.now().isBefore(deadline)) {
        Thread.sleep(RETRY.toMillis()); // the server may open its port after this event
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    } finally {
      Quarkus.asyncExit();
    }
  }

  /** True once the server answered at all (any status: the classes of a request are loaded). */
  private static boolean answered(HttpClient client, HttpRequest request) {
    try {
      int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      LOG.infof("Class data sharing training: the first request answered %d; stopping", status);
      return true;
    } catch (IOException notListeningYet) {
      return false;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return true;
    }
  }
}
