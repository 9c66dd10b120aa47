/**
 * What operators watch, as ports of the application: the delivery engine and the PAP endpoint
 * report events through {@link io.sipush.ppg.monitoring.PpgMetrics}, and the store answers the
 * counts behind the gauges through {@link io.sipush.ppg.monitoring.StoreCounts}. No monitoring
 * API here: {@code infrastructure.metrics} and {@code infrastructure.persistence} implement them.
 */
package io.sipush.ppg.monitoring;
