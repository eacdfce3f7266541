package com.wagateway.bootstrap;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression reads, by a deliberately simple rule rather than a parser:
 * drop what cannot be a metric name (strings, label matchers {@code {...}}, ranges {@code [...]},
 * Grafana variables, the label lists of {@code by}/{@code without}/{@code on}/{@code ignoring}/
 * {@code group_left}/{@code group_right}), then keep every identifier that is not a keyword and not
 * followed by {@code (} (a function or an aggregation). Enough for the expressions of our dashboard
 * and alert rules; {@link PromQlMetricNamesTest} pins the cases it must get right.
 */
final class PromQlMetricNames {
  private static final Pattern NOT_NAMES =
      Pattern.compile(
          "\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|\\{[^}]*}|\\[[^]]*]|\\$\\{?\\w+}?"
              + "|\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
  private static final Pattern IDENTIFIER =
      Pattern.compile("(?<![\\w.:])[a-zA-Z_:][a-zA-Z0-9_:]*(?![\\w.])(\\s*\\()?");
  private static final Set<String> KEYWORDS =
      Set.of(
          "and",
          "or",
          "unless",
          "bool",
          "offset",
          "by",
          "without",
          "on",
          "ignoring",
          "group_left",
          "group_right",
          "inf",
          "nan");

  private PromQlMetricNames() {}

  static Set<String> in(String expression) {
    String names = NOT_NAMES.matcher(expression).replaceAll(" ");
    Set<String> found = new TreeSet<>();
    Matcher identifier = IDENTIFIER.matcher(names);
    while (identifier.find()) {
      String name = identifier.group().replaceAll("[\\s(]", "");
      boolean called = identifier.group(1) != null;
      if (!called && !KEYWORDS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
        found.add(name);
      }
    }
    return found;
  }
}
