package com.wagateway.bootstrap.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.domain.model.ApiKeyDigest;
import com.wagateway.domain.model.ProviderCredentials;
import com.wagateway.domain.model.Secret;
import com.wagateway.domain.model.Tenant;
import com.wagateway.domain.model.TenantId;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TenantCacheTest {
  private static final TenantId ACME = new TenantId("acme");
  private final AtomicLong now = new AtomicLong(1_000);
  private final AtomicInteger reads = new AtomicInteger();
  private final TenantCache cache = new TenantCache(Duration.ofNanos(100), now::get);

  private static Tenant tenant(String token) {
    return new Tenant(ACME, new ProviderCredentials.Whapi(Secret.of(token)), null);
  }

  private Optional<Tenant> read(Tenant answer) {
    return cache.get(
        ACME,
        () -> {
          reads.incrementAndGet();
          return Optional.of(answer);
        });
  }

  @Test
  void servesARepeatedReadWithinTheTtlFromMemory() {
    Tenant first = tenant("token-one");

    assertThat(read(first)).contains(first);
    assertThat(read(tenant("token-two"))).contains(first);
    assertThat(reads).hasValue(1);
  }

  @Test
  void readsAgainOnceTheTtlPassed() {
    read(tenant("token-one"));
    now.addAndGet(100);

    assertThat(read(tenant("token-two"))).contains(tenant("token-two"));
    assertThat(reads).hasValue(2);
  }

  @Test
  void aWriteMakesTheNextReadGoToTheDatabase() {
    read(tenant("token-one"));

    cache.invalidate();

    assertThat(read(tenant("token-two"))).contains(tenant("token-two"));
  }

  @Test
  void aReadThatRacedWithAWriteIsNotKept() {
    Tenant old = tenant("token-old");
    cache.get(
        ACME,
        () -> {
          cache.invalidate(); // the write commits while this read is under way
          return Optional.of(old);
        });

    assertThat(read(tenant("token-new"))).contains(tenant("token-new"));
  }

  @Test
  void aTenantFoundByItsKeyIsThenKnownByItsId() {
    Tenant found = tenant("token-one");
    cache.get(ApiKeyDigest.of("caller-key-0123456789"), () -> Optional.of(found));

    assertThat(read(tenant("token-two"))).contains(found);
    assertThat(reads).hasValue(0);
  }

  @Test
  void aZeroTtlReadsEveryTime() {
    TenantCache off = new TenantCache(Duration.ZERO, now::get);

    off.get(ACME, () -> Optional.of(tenant("a")));
    assertThat(off.get(ACME, () -> Optional.of(tenant("b")))).contains(tenant("b"));
  }

  @Test
  void staysWithinItsBoundWhateverUnknownKeysAreAskedFor() {
    TenantCache bounded = new TenantCache(Duration.ofMinutes(1), now::get, 1_000);

    for (int i = 0; i < 100_000; i++) {
      bounded.get(ApiKeyDigest.of("unknown-" + i), Optional::empty);
    }

    assertThat(bounded.size()).isLessThanOrEqualTo(1_000);
  }

  @Test
  void forgetsExpiredAnswersInsteadOfKeepingThem() {
    for (int i = 0; i < 500; i++) {
      cache.get(ApiKeyDigest.of("unknown-" + i), Optional::empty);
    }
    now.addAndGet(100);

    assertThat(cache.size()).isZero();
  }
}
