package com.wagateway.adapter.whapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.wagateway.domain.contact.Contact;
import com.wagateway.domain.contact.ContactProfile;
import com.wagateway.domain.contact.Contacts;
import com.wagateway.domain.model.ProviderAccount;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Whapi's contact bodies ({@code ContactsList}, {@code Contact}, {@code UserProfile}, {@code Lid},
 * {@code ContactIDList}), reduced to the fields the gateway reads, and their mapping to the domain.
 */
final class WhapiContactMapper {
  private WhapiContactMapper() {}

  /** {@code ContactsList}: the contacts and the {@code Iterator}'s total. */
  record ContactsList(List<WhapiContact> contacts, Integer total) {}

  /** {@code Contact}: {@code id} and {@code name} are required. */
  record WhapiContact(
      String id,
      String name,
      String pushname,
      @JsonProperty("is_business") Boolean business,
      @JsonProperty("profile_pic") String picture,
      @JsonProperty("profile_pic_full") String fullPicture,
      String status,
      Boolean saved) {}

  record UserProfile(
      String name, String about, String icon, @JsonProperty("icon_full") String iconFull) {}

  record Lid(String lid) {}

  /** Contacts without an id are left out: nothing could be done with them. */
  static Contacts contacts(ContactsList answer) {
    return new Contacts(
        Objects.requireNonNullElse(answer.contacts(), List.<WhapiContact>of()).stream()
            .filter(contact -> contact != null && contact.id() != null)
            .map(WhapiContactMapper::contact)
            .toList(),
        answer.total());
  }

  static Contact contact(ProviderAccount account, WhapiContact answer) {
    if (answer.id() == null) {
      throw WhapiJson.notAsDocumented(account, "contact id");
    }
    return contact(answer);
  }

  private static Contact contact(WhapiContact c) {
    return new Contact(
        c.id(),
        c.name(),
        c.pushname(),
        Boolean.TRUE.equals(c.business()),
        c.status(),
        c.picture(),
        c.fullPicture(),
        Boolean.TRUE.equals(c.saved()));
  }

  static ContactProfile profile(UserProfile answer) {
    return new ContactProfile(answer.name(), answer.about(), answer.icon(), answer.iconFull());
  }

  static String lid(ProviderAccount account, Lid answer) {
    if (answer.lid() == null || answer.lid().isBlank()) {
      throw WhapiJson.notAsDocumented(account, "lid");
    }
    return answer.lid();
  }

  static List<String> blocked(String[] answer) {
    return Arrays.stream(answer).filter(Objects::nonNull).toList();
  }
}
