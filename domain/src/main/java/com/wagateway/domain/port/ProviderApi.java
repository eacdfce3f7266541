package com.wagateway.domain.port;

import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.providerapi.ProviderOperation;
import com.wagateway.domain.providerapi.ProviderReply;
import com.wagateway.domain.providerapi.ProviderRequest;

/**
 * A provider's own API, operation by operation as the provider describes it, for what the unified
 * API does not cover. A provider whose API the gateway does not pass through leaves {@link
 * Operation#PROVIDER_API} out of {@link #supportedOperations()}.
 */
public interface ProviderApi extends ProviderPort {

  /**
   * The operation {@code request} names, once the request is checked against the provider's API
   * description; nothing is sent.
   *
   * @throws com.wagateway.domain.error.ResourceNotFoundException when no operation has this method
   *     and path, or the unified API offers the operation
   * @throws com.wagateway.domain.error.InvalidValueException naming the first field that breaks the
   *     description
   */
  ProviderOperation resolve(TenantId tenant, ProviderRequest request);

  /** Calls an operation that only reads ({@code GET}, {@code HEAD}). */
  @SafeToRepeat
  ProviderReply read(ProviderAccount account, ProviderRequest request);

  /** Calls an operation that may change something at the provider. */
  ProviderReply change(ProviderAccount account, ProviderRequest request);
}
