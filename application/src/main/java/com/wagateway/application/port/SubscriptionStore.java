package com.wagateway.application.port;

import com.wagateway.application.outbound.Subscription;
import com.wagateway.domain.model.TenantId;
import java.util.List;
import java.util.Optional;

/** The tenants' event subscriptions; secrets are kept encrypted. */
public interface SubscriptionStore {

  void create(Subscription subscription);

  /** The tenant's subscriptions, oldest first. */
  List<Subscription> list(TenantId tenant);

  Optional<Subscription> find(TenantId tenant, String id);

  /**
   * Removes the subscription with all its deliveries and their attempts.
   *
   * @return false when the tenant has no such subscription
   */
  boolean delete(TenantId tenant, String id);
}
