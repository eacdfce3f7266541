package com.wagateway.adapter.rest.contacts;

import com.wagateway.domain.contact.Contact;
import com.wagateway.domain.contact.ContactProfile;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contact of the address book, as the provider knows it; absent texts are left out. */
@Schema(name = "Contact")
public record ContactResponse(
    @Schema(
            description = "The provider's id of the user, the phone number",
            example = "573001234567")
        String contactId,
    @Schema(description = "Name in the address book", example = "Ana Gómez") String name,
    @Schema(description = "Name the user chose on WhatsApp", example = "Ana") String pushName,
    boolean business,
    @Schema(description = "The user's about text") String status,
    @Schema(description = "Profile picture preview URL") String pictureUrl,
    @Schema(description = "Profile picture URL, full size") String fullPictureUrl,
    @Schema(description = "Whether the number is saved in the address book") boolean saved) {

  static ContactResponse of(Contact c) {
    return new ContactResponse(
        c.contactId(),
        c.name(),
        c.pushName(),
        c.business(),
        c.status(),
        c.pictureUrl(),
        c.fullPictureUrl(),
        c.saved());
  }

  /** One page of the address book; pass {@code nextCursor} back as {@code cursor}. */
  @Schema(name = "ContactPage")
  public record Page(
      List<ContactResponse> items,
      @Schema(description = "Cursor of the next page; absent on the last page")
          String nextCursor) {}

  /** What any WhatsApp user shows everyone: name, about text and picture. */
  @Schema(name = "ContactProfile")
  public record Profile(
      @Schema(example = "573001234567") String contactId,
      @Schema(example = "Ana") String name,
      @Schema(example = "Hey there! I am using WhatsApp.") String about,
      @Schema(description = "Profile picture preview URL") String pictureUrl,
      @Schema(description = "Profile picture URL, full size") String fullPictureUrl) {

    static Profile of(String contactId, ContactProfile p) {
      return new Profile(contactId, p.name(), p.about(), p.pictureUrl(), p.fullPictureUrl());
    }
  }

  /** The user's linked id: how WhatsApp names the user where phone numbers are hidden. */
  @Schema(name = "ContactLinkedId")
  public record LinkedId(
      @Schema(example = "573001234567") String contactId,
      @Schema(example = "193845782347@lid") String lid) {}

  /** The users the account blocks, by phone number. */
  @Schema(name = "BlockedContacts")
  public record Blocked(@Schema(example = "[\"573001234567\"]") List<String> items) {}
}
