package com.wagateway.application.port;

import com.wagateway.application.console.ConsoleSession;
import java.time.Instant;
import java.util.Optional;

/**
 * Where console sessions live, shared by every gateway process on one database. Sessions are keyed
 * by the digest of their id: whoever reads the store cannot sign in with what it holds.
 */
public interface ConsoleSessionStore {

  void save(ConsoleSession session);

  /** The session with this id digest, unless it expired at or before {@code now}. */
  Optional<ConsoleSession> findLive(String idDigest, Instant now);

  /** Removes the session; true when there was one. */
  boolean delete(String idDigest);

  /** Removes every session expired at or before {@code now}; returns how many. */
  int purgeExpired(Instant now);
}
