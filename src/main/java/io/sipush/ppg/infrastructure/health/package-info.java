/**
 * MicroProfile Health 2.2 checks ({@code mpHealth-2.2}, served by Liberty at {@code /health/ready}
 * and {@code /health/live}): ready when the store answers, the SIP servlet has started and no loop
 * thread is restarting after an Error; live while no JVM threads are deadlocked.
 */
package io.sipush.ppg.infrastructure.health;
