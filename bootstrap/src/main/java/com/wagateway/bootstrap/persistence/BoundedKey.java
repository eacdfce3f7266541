package com.wagateway.bootstrap.persistence;

import com.wagateway.domain.model.Sha256;

/**
 * Fits a key taken from a provider's payload into its column without losing uniqueness: a key
 * within {@code max} characters stays as it is; a longer one (only a hostile or broken payload has
 * one) becomes {@code sha256:<hex>} of the whole key, so two long keys never collide on a shared
 * prefix and the insert never fails on length.
 */
final class BoundedKey {
  private BoundedKey() {}

  static String of(String key, int max) {
    return key == null || key.length() <= max ? key : "sha256:" + Sha256.hex(key);
  }
}
