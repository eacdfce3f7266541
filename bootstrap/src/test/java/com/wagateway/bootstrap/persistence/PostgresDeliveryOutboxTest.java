package com.wagateway.bootstrap.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.application.outbound.ClaimedDelivery;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(PostgresPersistence.class)
@Tag(PostgresPersistence.TAG)
class PostgresDeliveryOutboxTest extends DeliveryOutboxContract {

  /**
   * PostgreSQL only: its SKIP LOCKED rechecks a row claimed meanwhile and fills the batch from the
   * next ones, so no call comes back short while enough are due. On H2 a call under contention may
   * come back short (a row claimed and committed while the select ran is still returned, and the
   * token check then drops it); the worker takes the rest on its next poll.
   */
  @Test
  void concurrentWorkersShareTheDueDeliveriesOneCallEach() throws Exception {
    List<String> all = IntStream.rangeClosed(1, 40).mapToObj(i -> "d-%02d".formatted(i)).toList();
    all.forEach(id -> enqueue(id, NOON));

    // 8 workers asking for 5 each: together exactly all 40, none of them twice.
    List<String> claimed =
        race(() -> outbox.claimDue(NOON, LEASE, 5).stream().map(ClaimedDelivery::id).toList());

    assertThat(claimed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
  }
}
