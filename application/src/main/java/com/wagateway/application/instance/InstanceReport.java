package com.wagateway.application.instance;

import com.wagateway.domain.instance.InstanceState;
import com.wagateway.domain.model.ProviderId;

/** An instance reading together with the provider that gave it. */
public record InstanceReport(ProviderId provider, InstanceState state) {}
