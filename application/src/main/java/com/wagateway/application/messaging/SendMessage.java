package com.wagateway.application.messaging;

import com.wagateway.application.port.IdempotencyStore;
import com.wagateway.application.port.IdempotencyStore.Reservation;
import com.wagateway.application.port.MessageLog;
import com.wagateway.application.port.SendRateLimit;
import com.wagateway.application.tenant.ProviderRouter;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.error.IdempotencyConflictException;
import com.wagateway.domain.message.OutboundMessage;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Completions;
import com.wagateway.domain.port.MessageSender;
import com.wagateway.domain.port.Operation;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Use case: send one message for a tenant through whichever provider it is bound to now. With an
 * idempotency key, a repeat of the same request within 24 h returns the message as it stands
 * without sending again; only a send that provably did not go out frees its key.
 */
public final class SendMessage {
  private static final System.Logger LOG = System.getLogger(SendMessage.class.getName());
  public static final Duration IDEMPOTENCY_WINDOW = Duration.ofHours(24);

  /**
   * How long a send holds its key before a retry may take it over: far longer than the longest send
   * (the journal's write timeout, then the provider's timeouts and retries), so only a request that
   * stopped (its gateway crashed or was killed) ever loses its key.
   */
  public static final Duration RESERVATION_LEASE = Duration.ofMinutes(2);

  private final TenantResolver tenants;
  private final ProviderRouter router;
  private final IdempotencyStore idempotency;
  private final Clock clock;
  private final TrackedDelivery delivery;
  private final SendRateLimit rateLimit;
  private final Executor blocking;

  public SendMessage(
      TenantResolver tenants,
      ProviderRouter router,
      MessageLog log,
      IdempotencyStore idempotency,
      Clock clock,
      Supplier<UUID> ids) {
    this(tenants, router, log, idempotency, SendRateLimit.UNLIMITED, Runnable::run, clock, ids);
  }

  /**
   * @param blocking runs what may block (the idempotency key's store): off the caller's thread when
   *     that is an event loop (the other constructor runs it in the caller's thread)
   */
  public SendMessage(
      TenantResolver tenants,
      ProviderRouter router,
      MessageLog log,
      IdempotencyStore idempotency,
      SendRateLimit rateLimit,
      Executor blocking,
      Clock clock,
      Supplier<UUID> ids) {
    this.blocking = blocking;
    this.tenants = tenants;
    this.router = router;
    this.idempotency = idempotency;
    this.rateLimit = rateLimit;
    this.clock = clock;
    this.delivery = new TrackedDelivery(log, clock, ids);
  }

  public CompletionStage<MessageReceipt> send(TenantId tenantId, OutboundMessage message) {
    return send(tenantId, message, null);
  }

  /**
   * As {@link #send(TenantId, OutboundMessage)}; {@code idempotencyKey} may be null.
   *
   * <p>Never blocks the calling thread, which may be an event loop: the tenant is read without
   * blocking, a send without a key runs through the rate limit's, the log's and the provider's
   * stages, and a send with a key runs on the {@code blocking} executor, since the key's store
   * blocks. Every failure (unknown tenant, an operation its provider lacks, the rate limit, a key
   * in use or reused, the provider's or the log's) fails the stage.
   */
  public CompletionStage<MessageReceipt> send(
      TenantId tenantId, OutboundMessage message, String idempotencyKey) {
    return tenants
        .requireLater(tenantId)
        .thenCompose(
            tenant -> {
              ProviderAccount account = tenant.account();
              MessageSender sender = router.sender(account, Operation.sending(message.type()));
              if (idempotencyKey == null) {
                return rateLimit
                    .acquireLater(tenantId)
                    .thenCompose(allowed -> delivery.deliver(account, sender, message));
              }
              return CompletableFuture.supplyAsync(
                  () -> sendOnce(account, sender, message, idempotencyKey), blocking);
            });
  }

  /** A send with an idempotency key: blocks on the key's store, and waits for the outcome. */
  private MessageReceipt sendOnce(
      ProviderAccount account, MessageSender sender, OutboundMessage message, String key) {
    TenantId tenantId = account.tenantId();
    String fingerprint = Fingerprints.of(message);
    String id = delivery.newId();
    Instant now = clock.instant();
    Reservation reservation =
        idempotency.reserve(
            tenantId, key, fingerprint, id, now, IDEMPOTENCY_WINDOW, now.plus(RESERVATION_LEASE));
    if (reservation instanceof Reservation.Completed done) {
      requireSameRequest(tenantId, fingerprint, done.requestHash());
      return delivery.replay(tenantId, done.messageId());
    }
    if (reservation instanceof Reservation.InProgress running) {
      requireSameRequest(tenantId, fingerprint, running.requestHash());
      throw IdempotencyConflictException.inProgress(tenantId);
    }
    if (reservation instanceof Reservation.TakenOver abandoned) {
      return resume(account, sender, message, key, abandoned.messageId());
    }
    return deliverOnce(account, sender, message, key, id);
  }

  /**
   * The request that held the key stopped mid-send. If it never recorded its attempt, it never
   * called the provider: the message is sent now, under the id the key is bound to. Otherwise the
   * message is returned as it stands, UNKNOWN if its outcome was lost, and never sent again.
   */
  private MessageReceipt resume(
      ProviderAccount account,
      MessageSender sender,
      OutboundMessage message,
      String key,
      String messageId) {
    TenantId tenantId = account.tenantId();
    Optional<MessageReceipt> recorded = delivery.current(tenantId, messageId);
    if (recorded.isEmpty()) {
      return deliverOnce(account, sender, message, key, messageId);
    }
    idempotency.complete(tenantId, key);
    return recorded.get();
  }

  /**
   * Sends under a reserved key. The key is released only when the send provably did not go out;
   * when it may have (see {@link SendFailures#mayHaveSent}) the key stays bound to the message,
   * recorded UNKNOWN, so a retry returns it instead of sending it twice.
   */
  private MessageReceipt deliverOnce(
      ProviderAccount account,
      MessageSender sender,
      OutboundMessage message,
      String key,
      String id) {
    TenantId tenantId = account.tenantId();
    MessageReceipt receipt;
    try {
      // Only a send that will reach the provider counts: replays of a completed key are free.
      rateLimit.acquire(tenantId);
      receipt = Completions.join(delivery.deliver(account, sender, message, id));
    } catch (RuntimeException failed) {
      if (SendFailures.mayHaveSent(Completions.cause(failed))) {
        settleKey(() -> idempotency.complete(tenantId, key), failed);
      } else {
        settleKey(() -> idempotency.release(tenantId, key), failed);
      }
      throw failed;
    }
    settleKey(() -> idempotency.complete(tenantId, key), null);
    return receipt;
  }

  /**
   * Runs a write to the key's store that must not hide the send's own answer: should it fail, the
   * key stays reserved until its lease runs out, and the retry that takes it over finds the
   * message's record.
   */
  private static void settleKey(Runnable write, RuntimeException answer) {
    try {
      write.run();
    } catch (RuntimeException notSettled) {
      if (answer != null) {
        answer.addSuppressed(notSettled);
      }
      LOG.log(Level.WARNING, "Could not settle an idempotency key: {0}", notSettled.toString());
    }
  }

  private static void requireSameRequest(TenantId tenantId, String fingerprint, String stored) {
    if (!fingerprint.equals(stored)) {
      throw IdempotencyConflictException.reused(tenantId);
    }
  }
}
