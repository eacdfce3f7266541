package com.wagateway.domain.account;

import java.util.Objects;

/**
 * The code to type into WhatsApp on the phone ("Link with phone number") instead of scanning a QR
 * code, such as {@code 123-456}.
 */
public record PairingCode(String code) {
  public PairingCode {
    Objects.requireNonNull(code, "code");
  }
}
