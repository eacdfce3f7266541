package com.wagateway.adapter.whapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The Whapi operations one adapter test class made its stub receive, checked after its last test
 * against the {@link Reaches} declarations of the adapter methods that class tests: a declaration
 * no request backs fails the class. A test class keeps one in a static field ({@link
 * WhapiReachesTest} finds them there, and fails for a declaring method no class checks).
 */
final class ReachLog {
  private final List<Method> methods;
  private final Set<String> reached = ConcurrentHashMap.newKeySet();

  private ReachLog(List<Method> methods) {
    this.methods = methods;
  }

  /** The declaring methods of {@code adapter} named {@code names}, or all of them when none. */
  static ReachLog of(Class<?> adapter, String... names) {
    List<Method> declaring = declaringMethods(adapter);
    List<String> wanted = Arrays.asList(names);
    List<Method> methods =
        wanted.isEmpty()
            ? declaring
            : declaring.stream().filter(m -> wanted.contains(m.getName())).toList();
    assertThat(methods.stream().map(Method::getName).collect(Collectors.toSet()))
        .as("methods of %s with @Reaches", adapter.getSimpleName())
        .containsAll(wanted)
        .isNotEmpty();
    return new ReachLog(methods);
  }

  static List<Method> declaringMethods(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> m.getAnnotationsByType(Reaches.class).length > 0)
        .toList();
  }

  static Set<String> declared(Method method) {
    return Arrays.stream(method.getAnnotationsByType(Reaches.class))
        .map(Reaches::value)
        .collect(Collectors.toSet());
  }

  List<Method> methods() {
    return methods;
  }

  /** Adds the operations of every request {@code wireMock} received since its last reset. */
  void record(WireMockServer wireMock) {
    wireMock
        .getAllServeEvents()
        .forEach(event -> WhapiSpecOperations.of(event.getRequest()).ifPresent(reached::add));
  }

  void assertEveryDeclaredOperationReached() {
    for (Method method : methods) {
      assertThat(reached)
          .as(
              "Whapi operations requested by the tests of %s.%s",
              method.getDeclaringClass().getSimpleName(), method.getName())
          .containsAll(declared(method));
    }
  }
}
