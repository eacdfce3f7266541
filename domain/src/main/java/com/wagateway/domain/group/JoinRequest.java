package com.wagateway.domain.group;

import java.time.Instant;

/**
 * Someone asking to join a group that approves its members: their chat id, how they asked ({@code
 * invite_link}, ...) and when.
 */
public record JoinRequest(String requester, String method, Instant requestedAt) {}
