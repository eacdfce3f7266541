package com.wagateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The metric-name extractor of {@link ObservabilityMetricsTest}: names in, functions and labels
 * out.
 */
class PromQlMetricNamesTest {

  @Test
  void keepsMetricsAndDropsFunctionsLabelsRangesAndGroupings() {
    assertThat(
            PromQlMetricNames.in(
                "histogram_quantile(0.95, sum by (le, provider)"
                    + " (rate(gateway_provider_calls_seconds_bucket{tenant=~\"$tenant\"}"
                    + "[$__rate_interval])))"))
        .containsExactly("gateway_provider_calls_seconds_bucket");
  }

  @Test
  void findsEverySideOfABinaryExpressionAndSkipsKeywordsAndNumbers() {
    assertThat(
            PromQlMetricNames.in(
                "sum(rate(a_total{status=~\"5..\"}[5m])) / sum(rate(b_total[5m] offset 1h)) > 0.05"
                    + " or up{job=\"x\"} == 0 and on (instance) c unless d > bool 1e3"))
        .containsExactly("a_total", "b_total", "c", "d", "up");
  }
}
