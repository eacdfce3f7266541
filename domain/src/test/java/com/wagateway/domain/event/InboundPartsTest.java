package com.wagateway.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.wagateway.domain.event.ReceivedContent.ContactCard;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InboundPartsTest {

  @ParameterizedTest
  @CsvSource({
    "573001234567@s.whatsapp.net, DIRECT",
    "573001234567@c.us, DIRECT",
    "12345678901234@lid, DIRECT",
    "573001234567, DIRECT",
    "120363025246125486@g.us, GROUP",
    "120363171744447809@newsletter, CHANNEL",
    "status@broadcast, STATUS",
    "STATUS@BROADCAST, STATUS"
  })
  void readsTheChatKindFromTheChatId(String chatId, ChatKind kind) {
    assertThat(ChatKind.ofChatId(chatId)).isEqualTo(kind);
    assertThat(Chat.of(chatId).kind()).isEqualTo(kind);
  }

  @Test
  void aChatWithoutIdIsDirect() {
    assertThat(Chat.of(null)).isEqualTo(new Chat(null, ChatKind.DIRECT));
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        "573001234567, +573001234567",
        "573001234567@s.whatsapp.net, +573001234567",
        "+573001234567, +573001234567",
        "573001234567@c.us, +573001234567",
        "12345678901234@lid, -",
        "120363025246125486@g.us, -",
        "12345, -",
        "-, -"
      })
  void readsAPhoneOnlyFromPhoneShapedIds(String id, String phone) {
    assertThat(Sender.phoneOf(id)).isEqualTo(phone);
  }

  @Test
  void readsNameAndPhonesOfAVCard() {
    String card =
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Pérez;María;;;\r\nFN:María\r\n  Pérez\r\n"
            + "TEL;type=CELL;waid=573001234567:+57 300 123 4567\r\n"
            + "item1.TEL:+1 (555) 010-0199\r\nTEL:12\r\nEND:VCARD";

    assertThat(VCardText.read(card, "fallback"))
        .isEqualTo(new ContactCard("María Pérez", List.of("+573001234567", "+15550100199")));
  }

  @Test
  void fallsBackToTheGivenNameAndToleratesGarbage() {
    assertThat(VCardText.read("not a vcard at all", "Ana"))
        .isEqualTo(new ContactCard("Ana", List.of()));
    assertThat(VCardText.read(null, null)).isEqualTo(new ContactCard(null, List.of()));
  }

  @Test
  void keepsAtMostTwentyPhonesOfOneCard() {
    String many = "FN:Many\n" + "TEL:+573001234567\n".repeat(100);

    assertThat(VCardText.read(many, null).phones()).hasSize(20);
  }
}
