package com.wagateway.application.fake;

import com.wagateway.domain.instance.ConnectionState;
import com.wagateway.domain.instance.InstanceState;
import com.wagateway.domain.instance.QrCode;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.InstanceStatus;
import com.wagateway.domain.port.Operation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** An instance port that records every call and answers with a fixed state and QR code. */
public final class FakeInstanceStatus implements InstanceStatus {
  private final ProviderId provider;
  private final Set<Operation> supported;
  private final List<Call> calls = new ArrayList<>();
  private InstanceState state =
      new InstanceState(ConnectionState.QR_REQUIRED, "qr", Instant.parse("2025-03-01T10:15:30Z"));
  private QrCode qr = new QrCode(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, 20);

  /** One recorded call: the port method and the account it got. */
  public record Call(String method, ProviderAccount account) {}

  public FakeInstanceStatus(ProviderId provider, Set<Operation> supported) {
    this.provider = provider;
    this.supported = Set.copyOf(supported);
  }

  public FakeInstanceStatus answering(InstanceState state) {
    this.state = state;
    return this;
  }

  public FakeInstanceStatus answering(QrCode qr) {
    this.qr = qr;
    return this;
  }

  public List<Call> calls() {
    return List.copyOf(calls);
  }

  @Override
  public InstanceState status(ProviderAccount account) {
    calls.add(new Call("status", account));
    return state;
  }

  @Override
  public QrCode qr(ProviderAccount account) {
    calls.add(new Call("qr", account));
    return qr;
  }

  @Override
  public void logout(ProviderAccount account) {
    calls.add(new Call("logout", account));
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
