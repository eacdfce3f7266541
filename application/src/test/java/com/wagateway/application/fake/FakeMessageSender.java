package com.wagateway.application.fake;

import com.wagateway.domain.error.GatewayException;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.message.OutboundMessage;
import com.wagateway.domain.message.SentMessage;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.MessageSender;
import com.wagateway.domain.port.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A message sender that records what it was asked to send or mark read, and answers with a fixed
 * receipt.
 */
public final class FakeMessageSender implements MessageSender {
  private final ProviderId provider;
  private final Set<Operation> supported;
  private final List<Sent> calls = new ArrayList<>();
  private final List<Read> reads = new ArrayList<>();
  private SentMessage answer;
  private RuntimeException failure;
  private GatewayException markReadFailure;

  /** One recorded call. */
  public record Sent(ProviderAccount account, OutboundMessage message) {}

  /** One recorded {@code markRead} call. */
  public record Read(ProviderAccount account, String providerMessageId) {}

  public FakeMessageSender(ProviderId provider, Set<Operation> supported) {
    this.provider = provider;
    this.supported = Set.copyOf(supported);
    this.answer = new SentMessage(provider.key() + "-message-1", DeliveryStatus.SENT);
  }

  public FakeMessageSender answering(SentMessage answer) {
    this.answer = answer;
    return this;
  }

  /** Every call from now on fails with {@code failure}. */
  public FakeMessageSender failWith(RuntimeException failure) {
    this.failure = failure;
    return this;
  }

  /** Calls succeed again. */
  public FakeMessageSender succeed() {
    this.failure = null;
    return this;
  }

  /** Every {@code markRead} from now on is recorded, then fails with {@code failure}. */
  public FakeMessageSender failMarkReadWith(GatewayException failure) {
    this.markReadFailure = failure;
    return this;
  }

  public List<Sent> calls() {
    return List.copyOf(calls);
  }

  /** The {@code markRead} calls, failed ones included. */
  public List<Read> reads() {
    return List.copyOf(reads);
  }

  @Override
  public CompletionStage<SentMessage> send(ProviderAccount account, OutboundMessage message) {
    if (failure != null) {
      return CompletableFuture.failedFuture(failure);
    }
    calls.add(new Sent(account, message));
    return CompletableFuture.completedFuture(answer);
  }

  @Override
  public void markRead(ProviderAccount account, String providerMessageId) {
    reads.add(new Read(account, providerMessageId));
    if (markReadFailure != null) {
      throw markReadFailure;
    }
  }

  @Override
  public ProviderId provider() {
    return provider;
  }

  @Override
  public Set<Operation> supportedOperations() {
    return supported;
  }
}
