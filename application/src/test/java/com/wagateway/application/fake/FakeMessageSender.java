package com.wagateway.application.fake;

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

/** A message sender that records what it was asked to send and answers with a fixed receipt. */
public final class FakeMessageSender implements MessageSender {
  private final ProviderId provider;
  private final Set<Operation> supported;
  private final List<Sent> calls = new ArrayList<>();
  private SentMessage answer;
  private RuntimeException failure;

  /** One recorded call. */
  public record Sent(ProviderAccount account, OutboundMessage message) {}

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

  public List<Sent> calls() {
    return List.copyOf(calls);
  }

  @Override
  public SentMessage send(ProviderAccount account, OutboundMessage message) {
    if (failure != null) {
      throw failure;
    }
    calls.add(new Sent(account, message));
    return answer;
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
