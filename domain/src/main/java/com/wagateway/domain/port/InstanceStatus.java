package com.wagateway.domain.port;

import com.wagateway.domain.instance.InstanceState;
import com.wagateway.domain.instance.QrCode;
import com.wagateway.domain.model.ProviderAccount;

/** Watches and controls the WhatsApp session (the "instance") behind one provider. */
public interface InstanceStatus extends ProviderPort {

  InstanceState status(ProviderAccount account);

  /**
   * A QR code to link the number.
   *
   * @throws com.wagateway.domain.error.InstanceStateConflictException when already connected
   */
  QrCode qr(ProviderAccount account);

  /** Ends the WhatsApp session; ending one that is already ended is not an error. */
  void logout(ProviderAccount account);
}
