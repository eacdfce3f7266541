package com.wagateway.application.outbound;

import java.net.URI;

/**
 * A due delivery leased to one worker for one attempt, with what that attempt needs. {@code claim}
 * is the fencing token of this lease: every claim and every replay of the delivery issues a new
 * one, and the outbox records an outcome only while the delivery still holds the token it was
 * claimed with, so a worker that lost its lease cannot overwrite a newer claim or a replay.
 */
public record ClaimedDelivery(
    String id,
    long claim,
    String webhookId,
    URI url,
    SigningSecret secret,
    String payload,
    int attempts) {}
