package com.wagateway.adapter.whapi;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * What every test of a Whapi adapter class shares: a fresh stub for each test, every request the
 * adapter sent checked against Whapi's spec and logged, and, once the class has run, every
 * operation the adapter declares ({@link Reaches}) requested at least once. A subclass names what
 * it covers with a {@link ReachLog} and is a {@code @QuarkusTest} with
 * {@code @WithTestResource(WhapiWireMock.class)}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WhapiAdapterTest {
  @InjectWhapiMock WireMockServer wireMock;
  private final ReachLog reached;

  WhapiAdapterTest(ReachLog reached) {
    this.reached = reached;
  }

  @BeforeEach
  void resetProvider() {
    wireMock.resetAll();
  }

  @AfterEach
  void everyRequestMatchesWhapisOpenApi() {
    WhapiOpenApi.assertAllRequestsValid(wireMock);
    reached.record(wireMock);
  }

  @AfterAll
  void everyDeclaredOperationWasRequested() {
    reached.assertEveryDeclaredOperationReached();
  }

  /** Logs the requests so far, for a test that resets the stub midway. */
  final void recordReached() {
    reached.record(wireMock);
  }
}
