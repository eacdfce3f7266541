package com.wagateway.adapter.rest.messages;

import com.wagateway.adapter.rest.validation.QueryValues;
import com.wagateway.application.messaging.MessageQuery;
import com.wagateway.application.messaging.MessageRecord;
import com.wagateway.application.messaging.TrackMessages;
import com.wagateway.application.paging.Page;
import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.message.Recipient;
import com.wagateway.domain.model.TenantId;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Turns the list endpoint's query parameters into a query, naming the one that is wrong. */
final class SentMessagesQueries {
  private SentMessagesQueries() {}

  static MessagePageResponse list(
      TrackMessages messages,
      String tenantId,
      String status,
      String to,
      String from,
      String until,
      String cursor,
      int limit) {
    MessageQuery query =
        new MessageQuery(
            QueryValues.oneOf(DeliveryStatus.class, status, "status"),
            to == null ? null : Recipient.parse(to).value(),
            instant(from, "since"),
            instant(until, "until"));
    Page<MessageRecord> page = messages.list(new TenantId(tenantId), query, cursor, limit);
    return new MessagePageResponse(
        page.items().stream().map(MessageDetailsResponse::of).toList(), page.nextCursor());
  }

  private static Instant instant(String value, String field) {
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(
          field, "must be an ISO-8601 instant such as 2026-11-22T18:30:00Z");
    }
  }
}
