package com.wagateway.adapter.apiwhatsappweb;

import static com.wagateway.adapter.apiwhatsappweb.ApiWhatsAppWebErrors.call;

import com.wagateway.adapter.apiwhatsappweb.ConfigBodies.ConfigResponse;
import com.wagateway.adapter.apiwhatsappweb.ConfigBodies.QrResponse;
import com.wagateway.domain.error.InstanceStateConflictException;
import com.wagateway.domain.error.ProviderException;
import com.wagateway.domain.instance.ConnectionState;
import com.wagateway.domain.instance.InstanceState;
import com.wagateway.domain.instance.QrCode;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.InstanceStatus;
import com.wagateway.domain.port.Operation;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/**
 * Status, QR code and logout of an API WhatsApp Web instance. The status is read from the answer's
 * sentence (see {@link StatusText}); the raw sentence is kept as {@code providerState}. The
 * provider has no documented "already connected" answer to a QR request, so {@link #qr} asks for
 * the status first (one extra call) and refuses when connected.
 */
@ApplicationScoped
public class ApiWhatsAppWebInstanceStatus implements InstanceStatus {
  private final ApiWhatsAppWebClients clients;

  ApiWhatsAppWebInstanceStatus(ApiWhatsAppWebClients clients) {
    this.clients = clients;
  }

  @Override
  public ProviderId provider() {
    return ProviderId.APIWHATSAPPWEB;
  }

  @Override
  public Set<Operation> supportedOperations() {
    return EnumSet.of(Operation.INSTANCE_STATUS, Operation.INSTANCE_QR, Operation.INSTANCE_LOGOUT);
  }

  @Override
  public InstanceState status(ProviderAccount account) {
    Caller caller = Caller.of(account);
    ConfigResponse answer =
        Answers.body(
            account, call(account, () -> clients.config().status(caller.apiKey(), caller.id())));
    String sentence = Answers.success(account, answer.success(), answer.error());
    return new InstanceState(StatusText.state(sentence), sentence, Instant.now());
  }

  @Override
  public QrCode qr(ProviderAccount account) {
    if (status(account).state() == ConnectionState.CONNECTED) {
      throw new InstanceStateConflictException(
          account, "The instance is already connected; log out before asking for a QR code");
    }
    Caller caller = Caller.of(account);
    QrResponse answer =
        Answers.body(
            account, call(account, () -> clients.config().qr(caller.apiKey(), caller.id())));
    Answers.refuseError(account, answer.error());
    return new QrCode(png(account, Answers.required(account, answer.qr(), "QR")), null);
  }

  @Override
  public void logout(ProviderAccount account) {
    // Both documented successes ("disconnected", "was already disconnected") are fine here.
    Caller caller = Caller.of(account);
    ConfigResponse answer =
        Answers.body(
            account,
            call(account, () -> clients.config().disconnect(caller.apiKey(), caller.id())));
    Answers.success(account, answer.success(), answer.error());
  }

  private static byte[] png(ProviderAccount account, String qr) {
    // The docs say plain base64, but a data URI prefix is common enough to accept.
    String data = qr.startsWith("data:") ? qr.substring(qr.indexOf(',') + 1) : qr;
    try {
      return Base64.getDecoder().decode(data.replaceAll("\\s", ""));
    } catch (IllegalArgumentException e) {
      throw ProviderException.error(
          account, 200, "API WhatsApp Web sent a QR that is not base64", e);
    }
  }
}
