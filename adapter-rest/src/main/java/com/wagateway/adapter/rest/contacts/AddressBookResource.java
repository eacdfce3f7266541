package com.wagateway.adapter.rest.contacts;

import com.wagateway.adapter.rest.validation.PhoneNumberParam;
import com.wagateway.application.contact.ManageContacts;
import com.wagateway.application.paging.Page;
import com.wagateway.domain.contact.Contact;
import com.wagateway.domain.contact.ContactId;
import com.wagateway.domain.model.TenantId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The tenant's address book: its contacts, any user's profile and linked id, and the users it
 * blocks. Users are named by phone number (digits, country code first), the provider's contact id.
 */
@Path("/v1/tenants/{tenantId}/contacts")
@Tag(name = "Contacts")
@Produces(MediaType.APPLICATION_JSON)
public class AddressBookResource {
  private final ManageContacts contacts;

  public AddressBookResource(ManageContacts contacts) {
    this.contacts = contacts;
  }

  @GET
  @Operation(
      summary = "List contacts",
      description =
          "The address book, a page at a time; pass `nextCursor` back as `cursor`. The provider"
              + " pages by offset, so a contact saved or removed between two pages shifts the next"
              + " one by a contact.")
  @APIResponse(
      responseCode = "200",
      description = "One page of contacts",
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "one contact, more to come",
                      value =
                          "{\"items\": [{\"contactId\": \"573001234567\", \"name\": \"Ana Gómez\","
                              + " \"pushName\": \"Ana\", \"business\": false, \"saved\": true}],"
                              + " \"nextCursor\": \"MQ\"}")))
  public ContactResponse.Page listContacts(
      @PathParam("tenantId") String tenantId,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(ManageContacts.MAX_PAGE) int limit) {
    Page<Contact> page = contacts.list(new TenantId(tenantId), cursor, limit);
    return new ContactResponse.Page(
        page.items().stream().map(ContactResponse::of).toList(), page.nextCursor());
  }

  @GET
  @Path("/{contactId}")
  @Operation(
      summary = "Read a contact",
      description = "A number the provider does not know answers 404.")
  @APIResponse(responseCode = "200", description = "The contact")
  public ContactResponse readContact(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = "573001234567") @PathParam("contactId") @PhoneNumberParam
          String contactId) {
    return ContactResponse.of(contacts.get(new TenantId(tenantId), new ContactId(contactId)));
  }

  @GET
  @Path("/{contactId}/profile")
  @Operation(
      summary = "Read a user's profile",
      description =
          "Name, about text and profile picture of any WhatsApp user, in the address book or"
              + " not; what the user hides is left out.")
  @APIResponse(
      responseCode = "200",
      description = "The profile",
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "Ana",
                      value =
                          "{\"contactId\": \"573001234567\", \"name\": \"Ana\", \"about\": \"Hey"
                              + " there! I am using WhatsApp.\", \"pictureUrl\":"
                              + " \"https://pps.whatsapp.net/v/t61.24694-24/preview.jpg\"}")))
  public ContactResponse.Profile readProfile(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = "573001234567") @PathParam("contactId") @PhoneNumberParam
          String contactId) {
    return ContactResponse.Profile.of(
        contactId, contacts.profile(new TenantId(tenantId), new ContactId(contactId)));
  }

  @GET
  @Path("/{contactId}/lid")
  @Operation(
      summary = "Read a user's linked id",
      description =
          "The LID WhatsApp uses for the user where phone numbers are hidden (groups, some"
              + " events).")
  @APIResponse(responseCode = "200", description = "The linked id")
  public ContactResponse.LinkedId readLinkedId(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = "573001234567") @PathParam("contactId") @PhoneNumberParam
          String contactId) {
    return new ContactResponse.LinkedId(
        contactId, contacts.linkedId(new TenantId(tenantId), new ContactId(contactId)));
  }

  @GET
  @Path("/blocked")
  @Operation(summary = "List blocked users", description = "The phone numbers the account blocks.")
  @APIResponse(responseCode = "200", description = "The blocked users")
  public ContactResponse.Blocked listBlocked(@PathParam("tenantId") String tenantId) {
    return new ContactResponse.Blocked(contacts.blocked(new TenantId(tenantId)));
  }

  @PUT
  @Path("/blocked/{contactId}")
  @Operation(
      summary = "Block a user",
      description = "The user can no longer call or write to the account. Idempotent.")
  @APIResponse(responseCode = "204", description = "The user is blocked")
  public void block(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = "573001234567") @PathParam("contactId") @PhoneNumberParam
          String contactId) {
    contacts.block(new TenantId(tenantId), new ContactId(contactId));
  }

  @DELETE
  @Path("/blocked/{contactId}")
  @Operation(summary = "Unblock a user", description = "Idempotent for the account.")
  @APIResponse(responseCode = "204", description = "The user is not blocked")
  public void unblock(
      @PathParam("tenantId") String tenantId,
      @Parameter(example = "573001234567") @PathParam("contactId") @PhoneNumberParam
          String contactId) {
    contacts.unblock(new TenantId(tenantId), new ContactId(contactId));
  }
}
