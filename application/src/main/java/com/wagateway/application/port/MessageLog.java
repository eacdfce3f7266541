package com.wagateway.application.port;

import com.wagateway.application.messaging.MessageRecord;
import com.wagateway.application.messaging.SendCount;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.model.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The record of every send, written before the provider is called so nothing goes unrecorded.
 *
 * <p>The two writes of the send path, {@link #recordAttempt} and {@link #recordOutcome}, commit on
 * their own, whatever transaction the caller runs, and do not hold the calling thread: each answers
 * a stage that completes once its write is committed (or fails when it could not be), so the send
 * path calls the provider only after its attempt is durable. The other methods join the caller's
 * transaction.
 */
public interface MessageLog {

  /** Stores a new message in its first status, with that status as the first history entry. */
  CompletionStage<Void> recordAttempt(MessageRecord message);

  /**
   * Records what the provider answered: its message id (may be null) and the new status, or the
   * error code and detail of a failure; appends the status to the history.
   */
  CompletionStage<Void> recordOutcome(
      String id,
      String providerMessageId,
      DeliveryStatus status,
      String errorCode,
      String errorDetail,
      Instant at);

  Optional<MessageRecord> find(TenantId tenant, String id);

  /**
   * Applies a status the provider reported for one of the tenant's messages, found by the
   * provider's id; a status that would move the message backwards (READ to DELIVERED, say) is added
   * to nothing.
   *
   * @return the gateway's id of the message, empty when no such message was sent through the
   *     gateway
   */
  Optional<String> recordProviderStatus(
      TenantId tenant, String providerMessageId, DeliveryStatus status, Instant at);

  /**
   * The gateway's id of the tenant's message the provider knows as {@code providerMessageId}, when
   * it was sent through the gateway (a reaction, edit or vote on it names it so).
   */
  Optional<String> idOfProviderMessage(TenantId tenant, String providerMessageId);

  /**
   * The tenant's sends created at or after {@code since}, counted per minute of their creation and
   * per current status; minutes and statuses without a send are left out.
   */
  List<SendCount> countSends(TenantId tenant, Instant since);
}
