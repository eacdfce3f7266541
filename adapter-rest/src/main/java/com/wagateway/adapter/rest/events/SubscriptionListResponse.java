package com.wagateway.adapter.rest.events;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** All of a tenant's subscriptions, oldest first. */
@Schema(name = "SubscriptionList")
public record SubscriptionListResponse(List<SubscriptionResponse> items) {}
