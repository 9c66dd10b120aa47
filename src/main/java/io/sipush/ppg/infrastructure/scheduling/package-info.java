/**
 * Durable schedules on the container: the retry schedule of deliveries as persistent EJB timers
 * (feature {@code ejbPersistentTimer-3.2}), whose tasks Liberty keeps in the PPG's own database
 * ({@code DefaultDataSource}), so a restart loses no scheduled retry.
 */
package io.sipush.ppg.infrastructure.scheduling;
