package com.wagateway.domain.group;

/** A member of a group: the phone number as digits, country code first, and its rank. */
public record Participant(String phone, Role role) {

  /** What a member may do: admins and the creator manage the group. */
  public enum Role {
    MEMBER,
    ADMIN,
    CREATOR
  }
}
