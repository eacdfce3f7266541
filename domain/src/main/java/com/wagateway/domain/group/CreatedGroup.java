package com.wagateway.domain.group;

import java.util.List;

/**
 * A new group, and the numbers WhatsApp did not add to it (their privacy settings or anti-spam
 * rules): those must be invited instead.
 */
public record CreatedGroup(Group group, List<String> notAdded) {
  public CreatedGroup {
    notAdded = List.copyOf(notAdded);
  }
}
