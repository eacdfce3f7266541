package com.wagateway.bootstrap.delivery;

import com.wagateway.application.outbound.ClaimedDelivery;
import com.wagateway.application.outbound.DeliverWebhooks;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Drains the outbox: every poll interval it claims as many due deliveries as it has free senders
 * and posts them in parallel. Everything it works on is leased in the database, so stopping the
 * gateway at any moment loses nothing: an interrupted delivery is due again when its lease ends.
 */
@ApplicationScoped
public class DeliveryWorker {
  private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

  private final DeliverWebhooks deliver;
  private final DeliverySettings settings;
  private final Clock clock = Clock.systemUTC();
  private Semaphore free;
  private ScheduledExecutorService poller;
  private ExecutorService senders;

  DeliveryWorker(DeliverWebhooks deliver, DeliverySettings settings) {
    this.deliver = deliver;
    this.settings = settings;
  }

  void start(@Observes StartupEvent started) {
    if (!settings.enabled()) {
      LOG.info("Webhook delivery worker disabled (gateway.webhooks.delivery.enabled=false)");
      return;
    }
    free = new Semaphore(settings.concurrency());
    senders = Executors.newFixedThreadPool(settings.concurrency(), named("webhook-sender"));
    poller = Executors.newSingleThreadScheduledExecutor(named("webhook-poller"));
    long interval = settings.pollInterval().toMillis();
    poller.scheduleWithFixedDelay(this::poll, 0, interval, TimeUnit.MILLISECONDS);
  }

  void stop(@Observes ShutdownEvent stopping) {
    if (poller == null) {
      return;
    }
    poller.shutdownNow();
    senders.shutdown();
    try {
      // Attempts under way may finish and be recorded; the rest are retried after their lease.
      senders.awaitTermination(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    senders.shutdownNow();
  }

  private void poll() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        int room = free.availablePermits();
        if (room == 0) {
          return;
        }
        List<ClaimedDelivery> due = deliver.claimDue(clock.instant(), room);
        for (ClaimedDelivery delivery : due) {
          free.acquireUninterruptibly();
          senders.execute(() -> send(delivery));
        }
        if (due.size() < room) {
          return;
        }
      }
    } catch (RuntimeException e) {
      // The database may be away for a moment; the next poll tries again.
      LOG.warnf("Webhook delivery poll failed: %s", e.toString());
    }
  }

  private void send(ClaimedDelivery delivery) {
    try {
      deliver.attempt(delivery, clock.instant());
    } catch (RuntimeException e) {
      LOG.warnf("Webhook delivery %s: attempt not recorded: %s", delivery.id(), e.toString());
    } finally {
      free.release();
    }
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return work -> {
      Thread thread = new Thread(work, prefix + "-" + count.getAndIncrement());
      thread.setDaemon(true);
      return thread;
    };
  }
}
