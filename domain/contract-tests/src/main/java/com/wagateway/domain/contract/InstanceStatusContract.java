package com.wagateway.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.instance.ConnectionState;
import com.wagateway.domain.instance.InstanceState;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.port.InstanceStatus;
import com.wagateway.domain.port.Operation;
import org.junit.jupiter.api.Test;

/** What every {@link InstanceStatus} must do, whatever provider it speaks to. */
public abstract class InstanceStatusContract extends ProviderFailureContract {

  protected static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};

  protected abstract InstanceStatus instance();

  protected abstract ProviderAccount account();

  protected abstract void providerReportsConnected();

  protected abstract void providerReportsDisconnected();

  /** The provider is waiting for a scan and offers this PNG as the QR code. */
  protected abstract void providerOffersQr(byte[] png);

  /** The provider says the session is already linked when asked for a QR code. */
  protected abstract void providerRefusesQrBecauseConnected();

  protected abstract void providerAcceptsLogout();

  protected abstract void assertProviderReceivedLogout();

  @Override
  protected void callProvider() {
    instance().status(account());
  }

  @Test
  void declaresStatusQrAndLogoutAsSupported() {
    assertThat(instance().supportedOperations())
        .contains(Operation.INSTANCE_STATUS, Operation.INSTANCE_QR, Operation.INSTANCE_LOGOUT);
  }

  @Test
  void reportsAConnectedInstance() {
    providerReportsConnected();

    InstanceState state = instance().status(account());

    assertThat(state.state()).isEqualTo(ConnectionState.CONNECTED);
    assertThat(state.providerState()).isNotBlank();
  }

  @Test
  void reportsADisconnectedInstance() {
    providerReportsDisconnected();

    assertThat(instance().status(account()).state())
        .isIn(ConnectionState.DISCONNECTED, ConnectionState.QR_REQUIRED);
  }

  @Test
  void returnsTheQrCodeAsPng() {
    providerOffersQr(PNG);

    assertThat(instance().qr(account()).png()).isEqualTo(PNG);
  }

  @Test
  void refusesAQrCodeWhenAlreadyConnected() {
    providerRefusesQrBecauseConnected();

    assertFailsWith(ErrorCode.INSTANCE_STATE_CONFLICT, () -> instance().qr(account()));
  }

  @Test
  void logsOut() {
    providerAcceptsLogout();

    instance().logout(account());

    assertProviderReceivedLogout();
  }
}
