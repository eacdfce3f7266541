package com.wagateway.application.admin;

import com.wagateway.domain.model.Secret;
import com.wagateway.domain.model.Tenant;

/** A tenant just created, with its caller key in clear: shown once, never stored. */
public record CreatedTenant(Tenant tenant, Secret apiKey) {}
