/**
 * The PPG's metrics on MicroProfile Metrics 2.3 ({@code mpMetrics-2.3}, served by Liberty at
 * {@code /metrics} in Prometheus text format): counters fed by the domain events and by the
 * {@link io.sipush.ppg.monitoring.PpgMetrics} port, and gauges read from the store through
 * {@link io.sipush.ppg.monitoring.StoreCounts}, cached for a few seconds. The only package that
 * imports the MicroProfile Metrics API.
 */
package io.sipush.ppg.infrastructure.metrics;
