package com.wagateway.application.messaging;

import java.time.Instant;

/** Filters for listing messages; {@code null} means "any". Times are [from, to). */
public record MessageQuery(
    com.wagateway.domain.message.DeliveryStatus status,
    String recipient,
    Instant from,
    Instant to) {}
