package com.wagateway.application.outbound;

import java.net.URI;

/** A due delivery leased to one worker for one attempt, with what that attempt needs. */
public record ClaimedDelivery(
    String id, String webhookId, URI url, SigningSecret secret, String payload, int attempts) {}
