package com.wagateway.application.messaging;

import com.wagateway.domain.message.DeliveryStatus;

/**
 * How many of a tenant's sends started in one minute (counted from the epoch, UTC) now stand at
 * {@code status}.
 */
public record SendCount(long epochMinute, DeliveryStatus status, long count) {}
