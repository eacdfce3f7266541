package com.wagateway.adapter.whapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.domain.message.MessageContent;
import com.wagateway.domain.message.Recipient;
import org.junit.jupiter.api.Test;

/** The adapter's pure helpers: vCard rendering, error details. */
class WhapiUnitsTest {
  @Test
  void rendersAOneWordNameWithoutOrganizationOrEmail() {
    var contact =
        new MessageContent.Contact("Cher", new Recipient.PhoneNumber("14155550100"), null, null);

    assertThat(VCards.of(contact))
        .isEqualTo(
            "BEGIN:VCARD\nVERSION:3.0\nN:;Cher;;;\nFN:Cher\n"
                + "TEL;type=CELL;waid=14155550100:+14155550100\nEND:VCARD");
  }

  @Test
  void escapesVCardSpecialCharacters() {
    var contact =
        new MessageContent.Contact(
            "Ana", new Recipient.PhoneNumber("14155550100"), "Acme, Inc; Ltd", null);

    assertThat(VCards.of(contact)).contains("ORG:Acme\\, Inc\\; Ltd\n");
  }

  @Test
  void keepsOnlyWhapisErrorMessageFromAResponseError() {
    assertThat(WhapiErrorDetail.providerMessage("{\"error\":{\"code\":400,\"message\":\"Bad\"}}"))
        .isEqualTo("Bad");
    assertThat(WhapiErrorDetail.providerMessage("<html>oops</html>")).isNull();
    assertThat(WhapiErrorDetail.providerMessage("{\"error\":{\"code\":400}}")).isNull();
  }
}
