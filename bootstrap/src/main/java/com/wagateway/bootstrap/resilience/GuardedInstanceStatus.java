package com.wagateway.bootstrap.resilience;

import com.wagateway.bootstrap.resilience.ProviderGuards.Repeat;
import com.wagateway.domain.instance.InstanceState;
import com.wagateway.domain.instance.QrCode;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.port.InstanceStatus;

/** A provider's instance port behind the gateway's fault tolerance. */
final class GuardedInstanceStatus extends GuardedPort<InstanceStatus> implements InstanceStatus {

  GuardedInstanceStatus(InstanceStatus delegate, ProviderGuards guards) {
    super(delegate, guards);
  }

  @Override
  public InstanceState status(ProviderAccount account) {
    return guards.call(account, "instance.status", Repeat.SAFE, () -> delegate.status(account));
  }

  @Override
  public QrCode qr(ProviderAccount account) {
    return guards.call(account, "instance.qr", Repeat.SAFE, () -> delegate.qr(account));
  }

  @Override
  public void logout(ProviderAccount account) {
    guards.run(
        account, "instance.logout", Repeat.ONLY_IF_NOT_REACHED, () -> delegate.logout(account));
  }
}
