package com.wagateway.adapter.whapi;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.wagateway.adapter.whapi.WhapiFixtures.BEARER;
import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.domain.contact.Contact;
import com.wagateway.domain.contact.ContactId;
import com.wagateway.domain.contact.ContactProfile;
import com.wagateway.domain.contact.Contacts;
import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.port.Operation;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whapi's {@code Contacts} reads and {@code Blacklist}, requested exactly as its spec says. */
@QuarkusTest
@WithTestResource(WhapiWireMock.class)
class WhapiContactsTest extends WhapiAdapterTest {
  private static final ReachLog REACHED = ReachLog.of(WhapiContacts.class);

  WhapiContactsTest() {
    super(REACHED);
  }

  private static final ContactId ANA = new ContactId("573001234567");

  @Inject WhapiContacts contacts;

  @Test
  void declaresEveryContactOperation() {
    assertThat(contacts.supportedOperations())
        .containsExactlyInAnyOrder(
            Operation.CONTACTS_LIST,
            Operation.CONTACTS_READ,
            Operation.CONTACTS_BLOCKED,
            Operation.CONTACTS_BLOCK,
            Operation.CONTACTS_UNBLOCK);
  }

  @Test
  void listsASliceOfTheAddressBookByCountAndOffset() {
    WhapiFixtures.answers(
        wireMock,
        "GET",
        "/contacts?count=2&offset=4",
        200,
        "{\"contacts\": [{\"id\": \"573001234567\", \"name\": \"Ana Gómez\", \"pushname\":"
            + " \"Ana\", \"is_business\": true, \"profile_pic\": \"https://pps.example/a.jpg\","
            + " \"profile_pic_full\": \"https://pps.example/a-full.jpg\", \"status\": \"Hi\","
            + " \"saved\": true}, {\"name\": \"no id\"}], \"count\": 2, \"offset\": 4,"
            + " \"total\": 9}");

    Contacts slice = contacts.list(WhapiFixtures.account(), 4, 2);

    assertThat(slice.total()).isEqualTo(9);
    assertThat(slice.contacts())
        .containsExactly(
            new Contact(
                "573001234567",
                "Ana Gómez",
                "Ana",
                true,
                "Hi",
                "https://pps.example/a.jpg",
                "https://pps.example/a-full.jpg",
                true));
    wireMock.verify(
        1,
        getRequestedFor(urlEqualTo("/contacts?count=2&offset=4"))
            .withHeader("Authorization", equalTo(BEARER)));
  }

  @Test
  void readsAContactByPhoneNumber() {
    WhapiFixtures.answers(
        wireMock,
        "GET",
        "/contacts/573001234567",
        200,
        "{\"id\": \"573001234567\", \"name\": \"Ana\"}");

    assertThat(contacts.get(WhapiFixtures.account(), ANA))
        .isEqualTo(new Contact("573001234567", "Ana", null, false, null, null, null, false));
  }

  @Test
  void aContactWithoutAnIdIsNotAsDocumented() {
    WhapiFixtures.answers(wireMock, "GET", "/contacts/573001234567", 200, "{\"name\": \"Ana\"}");

    WhapiFixtures.failsWith(
        ErrorCode.PROVIDER_ERROR, () -> contacts.get(WhapiFixtures.account(), ANA));
  }

  @Test
  void anUnknownNumberIsNotFound() {
    WhapiFixtures.answers(
        wireMock, "GET", "/contacts/573001234567", 404, WhapiFixtures.error(404, "not found"));

    WhapiFixtures.failsWith(ErrorCode.NOT_FOUND, () -> contacts.get(WhapiFixtures.account(), ANA));
  }

  @Test
  void readsAProfileWithItsPictures() {
    WhapiFixtures.answers(
        wireMock,
        "GET",
        "/contacts/573001234567/profile",
        200,
        "{\"name\": \"Some Cool Name\", \"about\": \"Some Cool About\", \"icon\":"
            + " \"https://pps.whatsapp.net/v/icon\", \"icon_full\": \"https://pps.whatsapp.net/v/full\"}");

    assertThat(contacts.profile(WhapiFixtures.account(), ANA))
        .isEqualTo(
            new ContactProfile(
                "Some Cool Name",
                "Some Cool About",
                "https://pps.whatsapp.net/v/icon",
                "https://pps.whatsapp.net/v/full"));
  }

  @Test
  void readsTheLinkedId() {
    WhapiFixtures.answers(
        wireMock, "GET", "/contacts/lids/573001234567", 200, "{\"lid\": \"193845782347@lid\"}");

    assertThat(contacts.linkedId(WhapiFixtures.account(), ANA)).isEqualTo("193845782347@lid");
  }

  @Test
  void anAnswerWithoutALinkedIdIsNotAsDocumented() {
    WhapiFixtures.answers(wireMock, "GET", "/contacts/lids/573001234567", 200, "{}");

    WhapiFixtures.failsWith(
        ErrorCode.PROVIDER_ERROR, () -> contacts.linkedId(WhapiFixtures.account(), ANA));
  }

  @Test
  void listsTheBlacklist() {
    WhapiFixtures.answers(
        wireMock, "GET", "/blacklist", 200, "[\"573001234567\", \"15550100199\"]");

    assertThat(contacts.blocked(WhapiFixtures.account()))
        .containsExactly("573001234567", "15550100199");
  }

  @Test
  void blocksAndUnblocksByPhoneNumber() {
    WhapiFixtures.answers(wireMock, "PUT", "/blacklist/573001234567", 200, WhapiFixtures.SUCCESS);
    WhapiFixtures.answers(
        wireMock, "DELETE", "/blacklist/573001234567", 200, WhapiFixtures.SUCCESS);

    contacts.block(WhapiFixtures.account(), ANA);
    contacts.unblock(WhapiFixtures.account(), ANA);

    wireMock.verify(
        1,
        putRequestedFor(urlEqualTo("/blacklist/573001234567"))
            .withHeader("Authorization", equalTo(BEARER)));
    wireMock.verify(1, deleteRequestedFor(urlEqualTo("/blacklist/573001234567")));
  }

  @Test
  void aBlockAnsweredWithoutSuccessIsNotAsDocumented() {
    WhapiFixtures.answers(wireMock, "PUT", "/blacklist/573001234567", 200, "{\"success\": false}");

    WhapiFixtures.failsWith(
        ErrorCode.PROVIDER_ERROR, () -> contacts.block(WhapiFixtures.account(), ANA));
  }

  @ParameterizedTest
  @CsvSource({"404, NOT_FOUND", "400, PROVIDER_REJECTED"})
  void translatesUnblockErrors(int status, ErrorCode code) {
    WhapiFixtures.answers(
        wireMock, "DELETE", "/blacklist/573001234567", status, WhapiFixtures.error(status, "no"));

    WhapiFixtures.failsWith(code, () -> contacts.unblock(WhapiFixtures.account(), ANA));
  }
}
