package com.wagateway.adapter.whapi;

import com.wagateway.adapter.whapi.WhapiResponses.Contact;
import com.wagateway.adapter.whapi.WhapiResponses.Health;
import com.wagateway.adapter.whapi.WhapiResponses.Qr;
import com.wagateway.adapter.whapi.WhapiResponses.Success;
import com.wagateway.domain.error.InstanceStateConflictException;
import com.wagateway.domain.instance.ConnectionState;
import com.wagateway.domain.instance.InstanceState;
import com.wagateway.domain.instance.LinkedNumber;
import com.wagateway.domain.instance.QrCode;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.InstanceStatus;
import com.wagateway.domain.port.Operation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

/**
 * Watches and controls the Whapi channel: {@code GET /health} for the state, {@code GET
 * /users/login} for the QR code, {@code POST /users/logout} to unlink.
 */
@ApplicationScoped
public class WhapiInstanceStatus implements InstanceStatus {
  private final WhapiApi api;
  private final Clock clock;

  @Inject
  WhapiInstanceStatus(WhapiApi api) {
    this(api, Clock.systemUTC());
  }

  WhapiInstanceStatus(WhapiApi api, Clock clock) {
    this.api = api;
    this.clock = clock;
  }

  @Override
  public ProviderId provider() {
    return ProviderId.WHAPI;
  }

  @Override
  public Set<Operation> supportedOperations() {
    return EnumSet.of(Operation.INSTANCE_STATUS, Operation.INSTANCE_QR, Operation.INSTANCE_LOGOUT);
  }

  /** {@code wakeup=false}: looking at a sleeping channel must not launch (and bill) it. */
  @Reaches("GET /health")
  @Override
  public InstanceState status(ProviderAccount account) {
    Health health = api.call(account, Health.class, (c, auth) -> c.health(auth, false));
    if (health.status() == null || health.status().text() == null) {
      throw WhapiJson.notAsDocumented(account, "status.text");
    }
    String text = health.status().text();
    ConnectionState state = WhapiChannelStates.of(text);
    LinkedNumber linked = state == ConnectionState.CONNECTED ? linked(health.user()) : null;
    return new InstanceState(state, text, clock.instant(), linked);
  }

  /** The health's {@code user}: its name, else its pushname; no usable id, no account. */
  private static LinkedNumber linked(Contact user) {
    if (user == null) {
      return null;
    }
    String name = user.name() == null || user.name().isBlank() ? user.pushname() : user.name();
    return LinkedNumber.fromWhatsAppId(user.id(), name).orElse(null);
  }

  /**
   * {@code wakeup=true} (the spec's default): asking for a QR code means the caller wants to link
   * the number now, and a channel that is not launched cannot produce one. Whapi's 409 "Channel
   * already authenticated" becomes INSTANCE_STATE_CONFLICT in {@link WhapiErrors}.
   */
  @Reaches("GET /users/login")
  @Override
  public QrCode qr(ProviderAccount account) {
    Qr qr = api.call(account, Qr.class, (c, auth) -> c.login(auth, true));
    return WhapiQrCodes.toDomain(account, qr);
  }

  /** Whapi's 409 "Channel already logged out" is success: logging out is idempotent. */
  @Reaches("POST /users/logout")
  @Override
  public void logout(ProviderAccount account) {
    try {
      WhapiJson.requireSuccess(account, api.call(account, Success.class, WhapiClient::logout));
    } catch (InstanceStateConflictException alreadyLoggedOut) {
      // The session is ended, which is what the caller asked for.
    }
  }
}
