package io.sipush.ppg.push.application;

import io.sipush.ppg.push.PushStatisticsRepository;
import io.sipush.ppg.terminal.TerminalDirectory;
import java.time.Instant;
import javax.enterprise.context.ApplicationScoped;
import javax.inject.Inject;
import javax.transaction.Transactional;

/** Counts for the operator's console and the admin API, read from the store on each call. */
@ApplicationScoped
public class GatewayStatisticsService {
    @Inject
    PushStatisticsRepository statistics;

    @Inject
    TerminalDirectory terminals;

    @Transactional
    public GatewayStatistics now() {
        Instant now = Instant.now();
        return new GatewayStatistics(now, statistics.counts(), terminals.count("", now));
    }
}
