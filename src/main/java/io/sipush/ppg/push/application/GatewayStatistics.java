package io.sipush.ppg.push.application;

import io.sipush.ppg.push.PushCounts;
import java.time.Instant;

/** The operator's counters at one moment: the store's counts and the registered terminals. */
public record GatewayStatistics(Instant at, PushCounts counts, long registeredTerminals) {}
