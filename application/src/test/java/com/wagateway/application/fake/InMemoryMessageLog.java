package com.wagateway.application.fake;

import com.wagateway.application.messaging.MessageRecord;
import com.wagateway.application.messaging.SendCount;
import com.wagateway.application.port.MessageLog;
import com.wagateway.domain.message.DeliveryStatus;
import com.wagateway.domain.model.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/** The message log in memory (no paging: one page holds everything). */
public final class InMemoryMessageLog implements MessageLog {
  private final Map<String, MessageRecord> messages = new LinkedHashMap<>();
  private CompletableFuture<Void> attemptsCommitted = CompletableFuture.completedFuture(null);

  /**
   * From now on an attempt counts as committed only when the returned future completes (or fails to
   * commit when it fails): a database that is slow or refuses the write.
   */
  public CompletableFuture<Void> holdAttempts() {
    attemptsCommitted = new CompletableFuture<>();
    return attemptsCommitted;
  }

  private boolean refuseOutcomes;

  /** From now on every outcome write fails, as a database that went away after the attempt. */
  public void refuseOutcomes() {
    refuseOutcomes = true;
  }

  /** Outcome writes succeed again. */
  public void acceptOutcomes() {
    refuseOutcomes = false;
  }

  @Override
  public CompletionStage<Void> recordAttempt(MessageRecord message) {
    messages.put(message.id(), message);
    return attemptsCommitted;
  }

  @Override
  public CompletionStage<Void> recordOutcome(
      String id,
      String providerMessageId,
      DeliveryStatus status,
      String errorCode,
      String errorDetail,
      Instant at) {
    MessageRecord m = messages.get(id);
    if (m == null) {
      return CompletableFuture.failedFuture(new IllegalStateException("unknown message " + id));
    }
    if (refuseOutcomes) {
      return CompletableFuture.failedFuture(new IllegalStateException("database unavailable"));
    }
    List<MessageRecord.StatusChange> history = new ArrayList<>(m.history());
    history.add(new MessageRecord.StatusChange(status, at));
    messages.put(
        id,
        new MessageRecord(
            id,
            m.tenantId(),
            m.provider(),
            providerMessageId,
            m.recipient(),
            m.type(),
            status,
            m.createdAt(),
            at,
            errorCode,
            errorDetail,
            history));
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public Optional<String> recordProviderStatus(
      TenantId tenant, String providerMessageId, DeliveryStatus status, Instant at) {
    Optional<MessageRecord> match =
        messages.values().stream()
            .filter(
                m -> m.tenantId().equals(tenant) && providerMessageId.equals(m.providerMessageId()))
            .findFirst();
    // As the database does: every status joins the history, only a further one moves the message.
    match.ifPresent(
        m -> {
          boolean further = m.status().ordinal() < status.ordinal();
          List<MessageRecord.StatusChange> history = new ArrayList<>(m.history());
          history.add(new MessageRecord.StatusChange(status, at));
          messages.put(
              m.id(),
              new MessageRecord(
                  m.id(),
                  m.tenantId(),
                  m.provider(),
                  m.providerMessageId(),
                  m.recipient(),
                  m.type(),
                  further ? status : m.status(),
                  m.createdAt(),
                  further ? at : m.updatedAt(),
                  m.errorCode(),
                  m.errorDetail(),
                  history));
        });
    return match.map(MessageRecord::id);
  }

  @Override
  public Optional<String> idOfProviderMessage(TenantId tenant, String providerMessageId) {
    return messages.values().stream()
        .filter(m -> m.tenantId().equals(tenant) && providerMessageId.equals(m.providerMessageId()))
        .map(MessageRecord::id)
        .findFirst();
  }

  @Override
  public List<SendCount> countSends(TenantId tenant, Instant since) {
    Map<List<Object>, Long> counts =
        messages.values().stream()
            .filter(m -> m.tenantId().equals(tenant) && !m.createdAt().isBefore(since))
            .collect(
                Collectors.groupingBy(
                    m -> List.of(m.createdAt().getEpochSecond() / 60, m.status()),
                    Collectors.counting()));
    return counts.entrySet().stream()
        .map(
            e ->
                new SendCount(
                    (Long) e.getKey().get(0), (DeliveryStatus) e.getKey().get(1), e.getValue()))
        .toList();
  }

  @Override
  public Optional<MessageRecord> find(TenantId tenant, String id) {
    return Optional.ofNullable(messages.get(id)).filter(m -> m.tenantId().equals(tenant));
  }

  public List<MessageRecord> all() {
    return List.copyOf(messages.values());
  }
}
