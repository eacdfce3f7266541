package com.wagateway.domain.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class CompletionsTest {
  private static final IllegalStateException REFUSED = new IllegalStateException("refused");

  /** A stage derived from a failed one: its failure arrives wrapped in a CompletionException. */
  private static CompletionStage<String> derivedFromFailure() {
    return CompletableFuture.<String>failedFuture(REFUSED).thenApply(value -> value + "!");
  }

  @Test
  void causeUnwrapsNestedCompletionAndExecutionExceptions() {
    Throwable wrapped = new CompletionException(new ExecutionException(REFUSED));

    assertThat(Completions.cause(wrapped)).isSameAs(REFUSED);
    assertThat(Completions.cause(REFUSED)).isSameAs(REFUSED);
    CompletionException empty = new CompletionException("no cause", null);
    assertThat(Completions.cause(empty)).isSameAs(empty);
  }

  @Test
  void joinReturnsTheValueOrThrowsTheFailureItself() {
    assertThat(Completions.join(CompletableFuture.completedFuture("answer"))).isEqualTo("answer");
    assertThatThrownBy(() -> Completions.join(derivedFromFailure())).isSameAs(REFUSED);
  }

  @Test
  void joinWrapsACheckedFailureOnlyOnce() {
    IOException io = new IOException("reset");

    assertThatThrownBy(() -> Completions.join(CompletableFuture.failedFuture(io)))
        .isInstanceOf(CompletionException.class)
        .hasCause(io);
  }

  @Test
  void unwrappedHandsDependentsTheFailureItself() {
    CompletableFuture<String> seen = new CompletableFuture<>();

    Completions.unwrapped(derivedFromFailure())
        .whenComplete((value, failure) -> seen.complete(failure.getClass().getSimpleName()));

    assertThat(seen).isCompletedWithValue("IllegalStateException");
  }

  @Test
  void mapFailureReplacesOnlyFailures() {
    CompletionStage<String> fine =
        Completions.mapFailure(CompletableFuture.completedFuture("ok"), f -> REFUSED);
    CompletionStage<String> mapped =
        Completions.mapFailure(derivedFromFailure(), f -> new IllegalArgumentException("mapped"));

    assertThat(Completions.join(fine)).isEqualTo("ok");
    assertThatThrownBy(() -> Completions.join(mapped)).hasMessage("mapped");
  }

  @Test
  void aMapperThatThrowsStillCompletesTheStageWithItsFailure() {
    IllegalStateException broken = new IllegalStateException("mapper broke");

    CompletionStage<String> mapped =
        Completions.mapFailure(
            derivedFromFailure(),
            f -> {
              throw broken;
            });

    assertThat(mapped.toCompletableFuture()).isCompletedExceptionally();
    assertThatThrownBy(() -> Completions.join(mapped))
        .isSameAs(broken)
        .satisfies(e -> assertThat(e.getSuppressed()).containsExactly(REFUSED));
  }
}
