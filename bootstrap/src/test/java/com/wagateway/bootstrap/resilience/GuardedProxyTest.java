package com.wagateway.bootstrap.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.bootstrap.ResilienceTest;
import com.wagateway.domain.error.ProviderException;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderCredentials;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.Secret;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.port.ProviderPort;
import com.wagateway.domain.port.SafeToRepeat;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A port guarded by {@link GuardedProxy}, with the Whapi policy of {@link ResilienceTest.Profile}
 * (2 retries): reads marked {@link SafeToRepeat} are repeated after a provider failure, changes
 * only when the provider was not reached, and the adapter's own exceptions come out unwrapped.
 */
@QuarkusTest
@TestProfile(ResilienceTest.Profile.class)
class GuardedProxyTest {
  private static final AtomicInteger NEXT = new AtomicInteger();

  @Inject GuardedProviders guarded;

  /** A family port as the adapters would bring it. */
  public interface Labels extends ProviderPort {
    @SafeToRepeat
    String list(ProviderAccount account);

    String create(ProviderAccount account, String name);
  }

  /** Fails the first {@code failures} calls of each method with {@code failure}. */
  static final class FlakyLabels implements Labels {
    final AtomicInteger calls = new AtomicInteger();
    private final int failures;
    private final ProviderException failure;

    FlakyLabels(int failures, ProviderException failure) {
      this.failures = failures;
      this.failure = failure;
    }

    @Override
    public String list(ProviderAccount account) {
      return answer("labels");
    }

    @Override
    public String create(ProviderAccount account, String name) {
      return answer("created " + name);
    }

    private String answer(String value) {
      if (calls.incrementAndGet() <= failures) {
        throw failure;
      }
      return value;
    }

    @Override
    public ProviderId provider() {
      return ProviderId.WHAPI;
    }

    @Override
    public Set<Operation> supportedOperations() {
      return Set.of(Operation.CHAT_READ);
    }
  }

  private static ProviderAccount account() {
    return new ProviderAccount(
        new TenantId("proxied-" + NEXT.incrementAndGet()),
        new ProviderCredentials.Whapi(Secret.of("token")));
  }

  private Labels guard(FlakyLabels labels) {
    return guarded.ports(Labels.class, java.util.List.of(labels)).get(0);
  }

  @Test
  void aSafeReadIsRepeatedAfterAProviderFailure() {
    ProviderAccount account = account();
    FlakyLabels flaky = new FlakyLabels(1, ProviderException.error(account, 500, "down", null));

    assertThat(guard(flaky).list(account)).isEqualTo("labels");
    assertThat(flaky.calls).hasValue(2);
  }

  @Test
  void aChangeIsNotRepeatedOnceTheProviderWasReached() {
    ProviderAccount account = account();
    ProviderException failed = ProviderException.error(account, 500, "down", null);
    FlakyLabels flaky = new FlakyLabels(1, failed);

    assertThatThrownBy(() -> guard(flaky).create(account, "vip")).isSameAs(failed);
    assertThat(flaky.calls).hasValue(1);
  }

  @Test
  void aChangeIsRepeatedWhenTheProviderWasNotReached() {
    ProviderAccount account = account();
    FlakyLabels flaky = new FlakyLabels(1, ProviderException.unavailable(account, null));

    assertThat(guard(flaky).create(account, "vip")).isEqualTo("created vip");
    assertThat(flaky.calls).hasValue(2);
  }

  @Test
  void declarationsPassStraightThrough() {
    Labels labels = guard(new FlakyLabels(0, null));

    assertThat(labels.provider()).isEqualTo(ProviderId.WHAPI);
    assertThat(labels.supportedOperations()).containsExactly(Operation.CHAT_READ);
    assertThat(labels.toString()).startsWith("GuardedLabels[");
  }
}
