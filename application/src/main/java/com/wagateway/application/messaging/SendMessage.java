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
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Use case: send one message for a tenant through whichever provider it is bound to now. With an
 * idempotency key, a repeat of the same request within 24 h returns the first answer without
 * sending again.
 */
public final class SendMessage {
  public static final Duration IDEMPOTENCY_WINDOW = Duration.ofHours(24);

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
    Reservation reservation =
        idempotency.reserve(tenantId, key, fingerprint, clock.instant(), IDEMPOTENCY_WINDOW);
    if (reservation instanceof Reservation.Completed done) {
      requireSameRequest(tenantId, fingerprint, done.requestHash());
      return delivery.replay(tenantId, done.messageId());
    }
    if (reservation instanceof Reservation.InProgress running) {
      requireSameRequest(tenantId, fingerprint, running.requestHash());
      throw IdempotencyConflictException.inProgress(tenantId);
    }
    return deliverOnce(account, sender, message, key);
  }

  private MessageReceipt deliverOnce(
      ProviderAccount account, MessageSender sender, OutboundMessage message, String key) {
    MessageReceipt receipt;
    try {
      // Only a send that will reach the provider counts: replays of a completed key are free.
      rateLimit.acquire(account.tenantId());
      receipt = Completions.join(delivery.deliver(account, sender, message));
    } catch (RuntimeException failed) {
      idempotency.release(account.tenantId(), key); // a failed send may be retried with the key
      throw failed;
    }
    idempotency.complete(account.tenantId(), key, receipt.id());
    return receipt;
  }

  private static void requireSameRequest(TenantId tenantId, String fingerprint, String stored) {
    if (!fingerprint.equals(stored)) {
      throw IdempotencyConflictException.reused(tenantId);
    }
  }
}
