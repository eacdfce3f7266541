package com.wagateway.application.fake;

import com.wagateway.application.console.ConsoleSession;
import com.wagateway.application.port.ConsoleSessionStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Console sessions in memory, keyed by id digest as the database keys them. */
public final class InMemoryConsoleSessionStore implements ConsoleSessionStore {
  private final Map<String, ConsoleSession> sessions = new HashMap<>();

  @Override
  public void save(ConsoleSession session) {
    sessions.put(session.idDigest(), session);
  }

  @Override
  public Optional<ConsoleSession> findLive(String idDigest, Instant now) {
    return Optional.ofNullable(sessions.get(idDigest)).filter(s -> s.expiresAt().isAfter(now));
  }

  @Override
  public boolean delete(String idDigest) {
    return sessions.remove(idDigest) != null;
  }

  @Override
  public int purgeExpired(Instant now) {
    int before = sessions.size();
    sessions.values().removeIf(s -> !s.expiresAt().isAfter(now));
    return before - sessions.size();
  }

  public int size() {
    return sessions.size();
  }

  public Iterable<ConsoleSession> all() {
    return sessions.values();
  }
}
