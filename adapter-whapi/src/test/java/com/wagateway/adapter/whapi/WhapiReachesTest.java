package com.wagateway.adapter.whapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The {@link Reaches} declarations are true and complete: each names an operation of Whapi's spec,
 * each declaring method is checked by an adapter test's {@link ReachLog}, and {@code
 * whapi-unified-operations.txt} lists exactly the declared operations.
 */
class WhapiReachesTest {
  private static final List<Method> DECLARING =
      PackageClasses.besides(Reaches.class).stream()
          .flatMap(type -> ReachLog.declaringMethods(type).stream())
          .toList();

  @Test
  void everyDeclaredOperationIsOneOfWhapisSpec() {
    assertThat(WhapiSpecOperations.all()).containsAll(declaredOperations());
  }

  @Test
  void theUnifiedOperationsFileListsExactlyTheDeclaredOperations() throws IOException {
    assertThat(unifiedOperationsFile()).isEqualTo(declaredOperations());
  }

  @Test
  void everyDeclaringMethodIsCheckedAgainstTheRequestsOfAnAdapterTest() {
    Set<String> checked =
        PackageClasses.besides(WhapiReachesTest.class).stream()
            .flatMap(type -> reachLogs(type).stream())
            .flatMap(log -> log.methods().stream())
            .map(WhapiReachesTest::name)
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(checked)
        .as("methods with @Reaches that an adapter test checks with a ReachLog")
        .isEqualTo(DECLARING.stream().map(WhapiReachesTest::name).collect(Collectors.toSet()));
  }

  private static Set<String> declaredOperations() {
    return DECLARING.stream()
        .map(ReachLog::declared)
        .flatMap(Collection::stream)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> unifiedOperationsFile() throws IOException {
    try (var in =
        new BufferedReader(
            new InputStreamReader(
                Reaches.class.getResourceAsStream("/whapi-unified-operations.txt"),
                StandardCharsets.UTF_8))) {
      return in.lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static List<ReachLog> reachLogs(Class<?> type) {
    return Arrays.stream(type.getDeclaredFields())
        .filter(f -> f.getType() == ReachLog.class && Modifier.isStatic(f.getModifiers()))
        .map(WhapiReachesTest::value)
        .toList();
  }

  private static ReachLog value(Field field) {
    try {
      field.setAccessible(true);
      return (ReachLog) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String name(Method method) {
    return method.getDeclaringClass().getSimpleName() + "." + method.getName();
  }
}
