package com.wagateway.bootstrap.resilience;

import com.wagateway.application.port.TenantDirectory;
import com.wagateway.bootstrap.TenantDeleted;
import com.wagateway.domain.model.TenantId;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The process that deletes a tenant forgets its circuits and meters at once ({@link
 * TenantDeleted}); the other gateway processes on the same database learn of it here. Every {@code
 * gateway.deleted-tenant-sweep} this process looks up the tenants it holds state for, and forgets
 * the ones that are gone, so no process keeps a deleted tenant's state for longer than that.
 */
@ApplicationScoped
public class DeletedTenantSweep {
  private static final Logger LOG = Logger.getLogger(DeletedTenantSweep.class);

  private final ProviderGuards guards;
  private final GatewayMetrics metrics;
  private final TenantDirectory tenants;
  private final Event<TenantDeleted> deletions;
  private final Duration every;
  private ScheduledExecutorService timer;

  DeletedTenantSweep(
      ProviderGuards guards,
      GatewayMetrics metrics,
      TenantDirectory tenants,
      Event<TenantDeleted> deletions,
      @ConfigProperty(name = "gateway.deleted-tenant-sweep", defaultValue = "5m") Duration every) {
    this.guards = guards;
    this.metrics = metrics;
    this.tenants = tenants;
    this.deletions = deletions;
    this.every = every;
  }

  void start(@Observes StartupEvent started) {
    if (every.isZero() || every.isNegative()) {
      return;
    }
    timer =
        Executors.newSingleThreadScheduledExecutor(
            work -> {
              Thread thread = new Thread(work, "deleted-tenant-sweep");
              thread.setDaemon(true);
              return thread;
            });
    long millis = every.toMillis();
    timer.scheduleWithFixedDelay(this::sweepQuietly, millis, millis, TimeUnit.MILLISECONDS);
  }

  void stop(@Observes ShutdownEvent stopping) {
    if (timer != null) {
      timer.shutdownNow();
    }
  }

  /**
   * Forgets every tenant this process holds state for that no longer exists.
   *
   * @return the tenants forgotten
   */
  public Set<TenantId> sweep() {
    Set<TenantId> held = new TreeSet<>(Comparator.comparing(TenantId::value));
    held.addAll(guards.tenantsWithCircuits());
    held.addAll(metrics.tenantsWithMeters());
    held.removeIf(tenant -> tenants.find(tenant).isPresent());
    // No transaction here: the observers, which wait for a deletion's commit, run at once.
    held.forEach(gone -> deletions.fire(new TenantDeleted(gone)));
    return held;
  }

  private void sweepQuietly() {
    try {
      Set<TenantId> forgotten = sweep();
      if (!forgotten.isEmpty()) {
        LOG.infof("Forgot the state of %d tenant(s) deleted elsewhere", forgotten.size());
      }
    } catch (RuntimeException e) {
      // The database may be away for a moment; the next sweep tries again.
      LOG.warnf("Sweep of deleted tenants failed: %s", e.toString());
    }
  }
}
