package com.wagateway.domain.group;

import java.time.Instant;

/** What an invite code opens, seen before joining; {@code null} where the provider does not say. */
public record InvitePreview(
    GroupId id, String name, Integer participantsCount, Instant createdAt, String createdBy) {}
