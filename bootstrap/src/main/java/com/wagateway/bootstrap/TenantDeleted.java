package com.wagateway.bootstrap;

import com.wagateway.domain.model.TenantId;

/**
 * A CDI event: a tenant was deleted. What this process keeps per tenant (circuits, meters,
 * send-rate buckets) observes it after the deletion commits and lets go of the tenant's share.
 */
public record TenantDeleted(TenantId tenant) {}
