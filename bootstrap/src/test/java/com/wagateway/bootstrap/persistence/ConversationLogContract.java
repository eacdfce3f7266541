package com.wagateway.bootstrap.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.application.conversation.ChatSummary;
import com.wagateway.application.conversation.ConversationItem;
import com.wagateway.application.conversation.ConversationQuery;
import com.wagateway.application.conversation.Direction;
import com.wagateway.application.messaging.MessageRecord;
import com.wagateway.application.paging.Cursors;
import com.wagateway.application.paging.Page;
import com.wagateway.application.port.ConversationLog;
import com.wagateway.application.port.MessageLog;
import com.wagateway.application.port.UnitOfWork;
import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.event.Chat;
import com.wagateway.domain.event.ChatKind;
import com.wagateway.domain.event.InboundEvent.MessageActed;
import com.wagateway.domain.event.InboundEvent.MessageReceived;
import com.wagateway.domain.event.MessageAction;
import com.wagateway.domain.event.ReceivedContent;
import com.wagateway.domain.event.ReceivedMessage;
import com.wagateway.domain.event.ReceivedType;
import com.wagateway.domain.event.Sender;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.message.MessageType;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Completions;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the conversation log must do; run against H2 and PostgreSQL. */
abstract class ConversationLogContract {
  private static final TenantId ACME = new TenantId("acme");
  private static final TenantId SHOP = new TenantId("shop");
  private static final Instant T0 = Instant.parse("2026-11-29T10:00:00.123456Z");
  private static final String ANA = "573001234567@s.whatsapp.net";
  private static final String GROUP = "120363025246125486@g.us";
  private static final ConversationQuery ANY =
      new ConversationQuery(null, null, null, null, null, null);

  @Inject ConversationLog conversations;
  @Inject MessageLog messages;
  @Inject UnitOfWork unitOfWork;
  @Inject ActiveDatabase database;

  @BeforeEach
  void empty() {
    Tables.clear(database);
  }

  private void sent(String id, TenantId tenant, String to, int second) {
    Instant at = T0.plusSeconds(second);
    Completions.join(
        messages.recordAttempt(
            new MessageRecord(
                id,
                tenant,
                ProviderId.WHAPI,
                null,
                to,
                MessageType.TEXT,
                DeliveryStatus.ACCEPTED,
                at,
                at,
                null,
                null,
                List.of())));
  }

  private void received(
      String providerId, TenantId tenant, String chat, int second, boolean fromMe) {
    received(providerId, tenant, chat, second, fromMe, ReceivedType.TEXT, "hi " + providerId);
  }

  private void received(
      String providerId,
      TenantId tenant,
      String chat,
      int second,
      boolean fromMe,
      ReceivedType type,
      String text) {
    ReceivedMessage message =
        new ReceivedMessage(
            providerId,
            Chat.of(chat),
            Sender.of("573001234567", "Ana"),
            fromMe,
            false,
            List.of(),
            null,
            type,
            ReceivedContent.text(text),
            null);
    unitOfWork.inTransaction(
        () -> {
          conversations.recordReceived(
              tenant,
              new MessageReceived(
                  ProviderId.WHAPI, "k:" + providerId, T0.plusSeconds(second), message),
              T0.plusSeconds(second));
          return null;
        });
  }

  private void act(String target, MessageAction action) {
    unitOfWork.inTransaction(
        () -> {
          conversations.applyAction(
              ACME,
              new MessageActed(
                  ProviderId.WHAPI,
                  "a:" + target,
                  T0,
                  Chat.of(ANA),
                  Sender.of("573001234567", "Ana"),
                  target,
                  action));
          return null;
        });
  }

  private List<String> ids(ConversationQuery query) {
    return conversations.messages(ACME, query, null, 50).items().stream()
        .map(ConversationItem::id)
        .toList();
  }

  private String idOfReceived(String providerId) {
    return conversations.messages(ACME, ANY, null, 50).items().stream()
        .filter(
            i ->
                i instanceof ConversationItem.Received r
                    && r.providerMessageId().equals(providerId))
        .map(ConversationItem::id)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void listsBothDirectionsNewestFirstWithSentMessagesWhole() {
    sent("m-1", ACME, "573001234567", 1);
    received("in-1", ACME, ANA, 2, false);
    sent("m-2", ACME, "573001234567", 3);

    List<ConversationItem> items = conversations.messages(ACME, ANY, null, 50).items();

    assertThat(items).hasSize(3);
    assertThat(items.get(0)).isInstanceOf(ConversationItem.Sent.class);
    assertThat(((ConversationItem.Sent) items.get(0)).message().history()).hasSize(1);
    assertThat(items.get(0).chatId()).isEqualTo(ANA);
    ConversationItem.Received in = (ConversationItem.Received) items.get(1);
    assertThat(in.providerMessageId()).isEqualTo("in-1");
    assertThat(in.text()).isEqualTo("hi in-1");
    assertThat(in.type()).isEqualTo("text");
    assertThat(in.senderName()).isEqualTo("Ana");
    assertThat(in.at()).isEqualTo(T0.plusSeconds(2));
    assertThat(items.get(2).id()).isEqualTo("m-1");
  }

  @Test
  void filtersByDirectionChatTypeStatusAndTime() {
    sent("m-1", ACME, "573001234567", 1);
    sent("m-g", ACME, GROUP, 2);
    received("in-1", ACME, ANA, 3, false);
    received("in-img", ACME, GROUP, 4, false, ReceivedType.IMAGE, "a caption");
    received("in-shop", SHOP, ANA, 5, false);

    assertThat(ids(new ConversationQuery(Direction.OUT, null, null, null, null, null)))
        .containsExactly("m-g", "m-1");
    assertThat(ids(new ConversationQuery(Direction.IN, null, null, null, null, null)))
        .containsExactly(idOfReceived("in-img"), idOfReceived("in-1"));
    assertThat(ids(ConversationQuery.ofChat(GROUP))).containsExactly(idOfReceived("in-img"), "m-g");
    assertThat(ids(ConversationQuery.ofChat("+57 300 123 4567")))
        .containsExactly(idOfReceived("in-1"), "m-1");
    assertThat(ids(new ConversationQuery(null, null, "IMAGE", null, null, null)))
        .containsExactly(idOfReceived("in-img"));
    assertThat(ids(new ConversationQuery(null, null, null, DeliveryStatus.ACCEPTED, null, null)))
        .containsExactly("m-g", "m-1");
    assertThat(
            ids(
                new ConversationQuery(
                    null, null, null, null, T0.plusSeconds(2), T0.plusSeconds(4))))
        .containsExactly(idOfReceived("in-1"), "m-g");
  }

  @Test
  void pagesThroughBothTablesWithoutGapsOrRepeats() {
    for (int i = 0; i < 7; i++) {
      if (i % 2 == 0) {
        sent("m-" + i, ACME, "573001234567", i);
      } else {
        received("in-" + i, ACME, ANA, i, false);
      }
    }
    received("same-second", ACME, ANA, 4, false);

    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      Page<ConversationItem> page = conversations.messages(ACME, ANY, cursor, 3);
      page.items().forEach(item -> seen.add(item.id()));
      cursor = page.nextCursor();
    } while (cursor != null);

    assertThat(seen).hasSize(8).doesNotHaveDuplicates();
    assertThat(seen).isEqualTo(ids(ANY));
  }

  @Test
  void thePageCursorIsThePositionOfItsLastItemAndAFullLastPageHasNone() {
    sent("m-1", ACME, "573001234567", 1);
    sent("m-2", ACME, "573001234567", 2);
    sent("m-3", ACME, "573001234567", 2);

    Page<ConversationItem> first = conversations.messages(ACME, ANY, null, 2);

    assertThat(first.nextCursor())
        .isEqualTo(
            Cursors.encode(
                T0.plusSeconds(2).getEpochSecond() * 1_000_000_000L + T0.getNano() + ":m-2"));
    assertThat(conversations.messages(ACME, ANY, first.nextCursor(), 1).nextCursor()).isNull();
  }

  @Test
  void rejectsACursorItNeverReturned() {
    for (String bad :
        List.of("%%% not a cursor", Cursors.encode("no-colon"), Cursors.encode("abc:m-1"))) {
      assertThatThrownBy(() -> conversations.messages(ACME, ANY, bad, 10))
          .isInstanceOf(InvalidValueException.class);
      assertThatThrownBy(() -> conversations.chats(ACME, bad, 10))
          .isInstanceOf(InvalidValueException.class);
    }
  }

  @Test
  void summarisesChatsWithTheirLastMessageAndUnreadCount() {
    received("in-1", ACME, ANA, 1, false);
    sent("m-1", ACME, "573001234567", 2);
    received("in-2", ACME, ANA, 3, false);
    received("in-3", ACME, ANA, 4, false);
    received("g-1", ACME, GROUP, 5, false);
    received("g-2", ACME, GROUP, 6, true);
    received("shop-1", SHOP, "573009999999@s.whatsapp.net", 7, false);

    List<ChatSummary> chats = conversations.chats(ACME, null, 50).items();

    assertThat(chats).extracting(ChatSummary::chatId).containsExactly(GROUP, ANA);
    assertThat(chats.get(0).kind()).isEqualTo(ChatKind.GROUP);
    assertThat(chats.get(0).unread()).as("the phone wrote last in the group").isZero();
    assertThat(chats.get(1).unread()).as("two came after the tenant's reply").isEqualTo(2);
    assertThat(((ConversationItem.Received) chats.get(1).lastMessage()).providerMessageId())
        .isEqualTo("in-3");
  }

  @Test
  void pagesThroughChats() {
    for (int i = 0; i < 5; i++) {
      received("in-" + i, ACME, "57300000000" + i + "@s.whatsapp.net", i, false);
    }

    Page<ChatSummary> first = conversations.chats(ACME, null, 2);
    Page<ChatSummary> second = conversations.chats(ACME, first.nextCursor(), 2);
    Page<ChatSummary> last = conversations.chats(ACME, second.nextCursor(), 2);

    assertThat(first.items())
        .extracting(ChatSummary::chatId)
        .containsExactly("573000000004@s.whatsapp.net", "573000000003@s.whatsapp.net");
    assertThat(second.items())
        .extracting(ChatSummary::chatId)
        .containsExactly("573000000002@s.whatsapp.net", "573000000001@s.whatsapp.net");
    assertThat(last.items())
        .extracting(ChatSummary::chatId)
        .containsExactly("573000000000@s.whatsapp.net");
    assertThat(last.nextCursor()).isNull();
  }

  @Test
  void anEditChangesTheTextAndADeletionForgetsTheContent() {
    received("in-1", ACME, ANA, 1, false);
    received("in-2", ACME, ANA, 2, false);

    act("in-1", new MessageAction.Edit("edited text"));
    act("in-2", new MessageAction.Deletion());
    act("unknown", new MessageAction.Deletion());

    List<ConversationItem> items = conversations.messages(ACME, ANY, null, 50).items();
    ConversationItem.Received deleted = (ConversationItem.Received) items.get(0);
    ConversationItem.Received edited = (ConversationItem.Received) items.get(1);
    assertThat(edited.text()).isEqualTo("edited text");
    assertThat(edited.edited()).isTrue();
    assertThat(deleted.deleted()).isTrue();
    assertThat(deleted.text()).isNull();
  }
}
