package com.wagateway.domain.group;

import java.util.List;

/** What became of each number in a change of members: done, or refused by WhatsApp. */
public record ParticipantsChange(List<String> processed, List<String> failed) {
  public ParticipantsChange {
    processed = List.copyOf(processed);
    failed = List.copyOf(failed);
  }
}
