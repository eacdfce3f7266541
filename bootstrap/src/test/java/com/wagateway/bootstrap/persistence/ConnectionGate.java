package com.wagateway.bootstrap.persistence;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A stalled database, as the send journal sees it: while the gate is closed, whoever asks for a
 * connection waits until it opens. Open at first.
 */
public final class ConnectionGate {
  private volatile CountDownLatch opened = new CountDownLatch(0);
  private final AtomicInteger held = new AtomicInteger();
  private final AtomicInteger passesBeforeClosing = new AtomicInteger(-1);

  public void close() {
    opened = new CountDownLatch(1);
  }

  public void open() {
    passesBeforeClosing.set(-1);
    opened.countDown();
  }

  /**
   * Lets the next {@code passes} connections through, then closes: a database that stalls in the
   * middle of a send, after its attempt and before its outcome.
   */
  public void closeAfter(int passes) {
    passesBeforeClosing.set(passes);
  }

  /** Threads waiting at the gate for a connection. */
  public int held() {
    return held.get();
  }

  /** {@code database}, with every connection passing this gate first. */
  DataSource guard(DataSource database) {
    return DataSources.of(
        () -> {
          if (passesBeforeClosing.getAndUpdate(left -> left > 0 ? left - 1 : -1) == 0) {
            close();
          }
          held.incrementAndGet();
          try {
            awaitOpen();
          } finally {
            held.decrementAndGet();
          }
          return database.getConnection();
        });
  }

  /** Deaf to interrupts, as a thread blocked on a socket read from a stalled server is. */
  private void awaitOpen() {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          if (!opened.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The test never opened the connection gate");
          }
          return;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
