package com.wagateway.domain.port;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/** What asynchronous ports share: the failure a stage carries, and failing one at once. */
public final class Completions {
  private Completions() {}

  /**
   * The failure itself, without the {@link CompletionException} or {@link ExecutionException}
   * wrappers that dependent stages put around it.
   */
  public static Throwable cause(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** A stage already failed with {@code failure}. */
  public static <T> CompletionStage<T> failed(Throwable failure) {
    return CompletableFuture.failedFuture(failure);
  }

  /**
   * A stage with {@code stage}'s value, or failed with {@code map} applied to its unwrapped
   * failure. The failure is not wrapped again, so code that inspects a stage's failure directly
   * (fault tolerance, a web framework's exception mappers) sees the exception itself. Should {@code
   * map} throw, the stage fails with that exception (the original suppressed in it).
   */
  public static <T> CompletionStage<T> mapFailure(
      CompletionStage<T> stage, Function<Throwable, ? extends Throwable> map) {
    CompletableFuture<T> result = new CompletableFuture<>();
    stage.whenComplete(
        (value, failure) -> {
          if (failure == null) {
            result.complete(value);
            return;
          }
          Throwable mapped;
          try {
            mapped = map.apply(cause(failure));
          } catch (RuntimeException | Error mapperFailed) {
            // A mapper that throws must not leave the stage pending forever: its own failure,
            // with the original attached, is the answer.
            mapperFailed.addSuppressed(cause(failure));
            mapped = mapperFailed;
          }
          result.completeExceptionally(mapped);
        });
    return result;
  }

  /** As {@link #mapFailure} with the failure kept as it is (only unwrapped). */
  public static <T> CompletionStage<T> unwrapped(CompletionStage<T> stage) {
    return mapFailure(stage, Function.identity());
  }

  /**
   * Waits for {@code stage} and returns its value; its failure is thrown as it is (unwrapped), so a
   * blocking caller sees the same exception a synchronous call would have thrown.
   */
  public static <T> T join(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().join();
    } catch (CompletionException | CancellationException e) {
      Throwable cause = cause(e);
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new CompletionException(cause);
    }
  }
}
