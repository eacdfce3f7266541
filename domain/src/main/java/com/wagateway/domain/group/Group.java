package com.wagateway.domain.group;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A group as the provider describes it. {@code adminsOnly} lists the settings the group keeps for
 * its admins among those the provider reports; {@code description}, {@code createdAt} and {@code
 * createdBy} are {@code null} when the provider does not say.
 */
public record Group(
    GroupId id,
    String name,
    String description,
    List<Participant> participants,
    int participantsCount,
    Instant createdAt,
    String createdBy,
    Set<GroupSetting> adminsOnly) {
  public Group {
    participants = List.copyOf(participants);
    adminsOnly = Set.copyOf(adminsOnly);
  }
}
