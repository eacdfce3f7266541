package com.wagateway.adapter.whapi;

import com.wagateway.adapter.whapi.WhapiRequests.ChatPatch;
import com.wagateway.adapter.whapi.WhapiRequests.CheckContacts;
import com.wagateway.adapter.whapi.WhapiRequests.SendPresence;
import com.wagateway.adapter.whapi.WhapiResponses.CheckedContacts;
import com.wagateway.adapter.whapi.WhapiResponses.Success;
import com.wagateway.domain.conversation.NumberCheck;
import com.wagateway.domain.conversation.Presence;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.ConversationActions;
import com.wagateway.domain.port.Operation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Read receipts ({@code PUT /messages/{id}}, {@code PATCH /chats/{id}} with {@code mark_unread:
 * false}), presence ({@code PUT /presences/{id}}), deletion ({@code DELETE /messages/{id}}) and
 * number checks ({@code POST /contacts}) through Whapi.
 */
@ApplicationScoped
public class WhapiConversationActions implements ConversationActions {
  private final WhapiApi api;

  @Inject
  WhapiConversationActions(WhapiApi api) {
    this.api = api;
  }

  @Override
  public ProviderId provider() {
    return ProviderId.WHAPI;
  }

  @Override
  public Set<Operation> supportedOperations() {
    return EnumSet.of(
        Operation.MESSAGE_READ,
        Operation.CHAT_READ,
        Operation.CHAT_PRESENCE,
        Operation.MESSAGE_DELETE,
        Operation.CONTACTS_CHECK);
  }

  @Reaches("PUT /messages/{MessageID}")
  @Override
  public void markRead(ProviderAccount account, String providerMessageId) {
    succeed(account, api.call(account, Success.class, (c, a) -> c.markRead(a, providerMessageId)));
  }

  @Reaches("PATCH /chats/{ChatID}")
  @Override
  public void markChatRead(ProviderAccount account, String chatId) {
    succeed(
        account,
        api.call(account, Success.class, (c, a) -> c.patchChat(a, chatId, new ChatPatch(false))));
  }

  /**
   * Whapi's word for stopping is {@code pause}; {@code delay} is how long it shows. The spec gives
   * this answer the {@code CheckContactResponse} schema, surely a slip: any 2xx counts as done.
   */
  @Reaches("PUT /presences/{EntryID}")
  @Override
  public void sendPresence(ProviderAccount account, String chatId, Presence presence, int seconds) {
    String word = presence == Presence.PAUSED ? "pause" : presence.key();
    api.call(
        account,
        Success.class,
        (c, a) -> c.sendPresence(a, chatId, new SendPresence(word, seconds)));
  }

  @Reaches("DELETE /messages/{MessageID}")
  @Override
  public void deleteMessage(ProviderAccount account, String providerMessageId) {
    succeed(
        account, api.call(account, Success.class, (c, a) -> c.deleteMessage(a, providerMessageId)));
  }

  /**
   * Whapi answers one {@code CheckContact} per number ({@code input}, {@code status} valid or
   * invalid, {@code wa_id}); a number it leaves out counts as not on WhatsApp.
   */
  @Reaches("POST /contacts")
  @Override
  public List<NumberCheck> checkNumbers(ProviderAccount account, List<String> phoneDigits) {
    CheckedContacts answer =
        api.call(
            account,
            CheckedContacts.class,
            (c, a) -> c.checkContacts(a, new CheckContacts(phoneDigits, false)));
    if (answer.contacts() == null) {
      throw WhapiJson.notAsDocumented(account, "contacts");
    }
    Map<String, WhapiResponses.CheckedContact> byInput = new HashMap<>();
    answer.contacts().stream()
        .filter(checked -> checked != null && checked.input() != null)
        .forEach(checked -> byInput.put(digits(checked.input()), checked));
    List<NumberCheck> checks = new ArrayList<>();
    for (String digits : phoneDigits) {
      WhapiResponses.CheckedContact checked = byInput.get(digits);
      boolean valid = checked != null && "valid".equals(checked.status()) && checked.waId() != null;
      checks.add(new NumberCheck(digits, valid, valid ? checked.waId() + "@s.whatsapp.net" : null));
    }
    return checks;
  }

  private static String digits(String input) {
    return input.replaceAll("[^0-9]", "");
  }

  private static void succeed(ProviderAccount account, Success answer) {
    WhapiJson.requireSuccess(account, answer);
  }
}
