package io.sipush.ppg.bench;

import io.sipush.ppg.it.PostgresCluster;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Stream;

/**
 * With {@code -Dbench.db=postgresql}, the PPG's store: a PostgreSQL server of the benchmark's own
 * (as the integration tests start it), whose CPU the benchmark counts with the PPG's. Otherwise
 * nothing: the PPG keeps its embedded Derby.
 */
final class BenchPostgres implements AutoCloseable {
    private static final String DB_PASSWORD = "bench-db-password-91c";

    private final PostgresCluster cluster;

    private BenchPostgres(PostgresCluster cluster) {
        this.cluster = cluster;
    }

    static BenchPostgres startIf(BenchConfig config) throws IOException, InterruptedException {
        if (!config.onPostgresql()) {
            return new BenchPostgres(null);
        }
        PostgresCluster cluster = PostgresCluster.start(config.postgresPort());
        cluster.createDatabase("ppg", DB_PASSWORD);
        return new BenchPostgres(cluster);
    }

    /** The PPG's PPG_DB settings, empty for Derby. */
    Map<String, String> ppgEnvironment() {
        return cluster == null
                ? Map.of()
                : Map.of("PPG_DB", cluster.jdbcUrl("ppg"), "PPG_DB_USER", "ppg", "PPG_DB_PASSWORD", DB_PASSWORD);
    }

    /** The postmaster's process id, or -1 without PostgreSQL. */
    long pid() throws IOException {
        return cluster == null ? -1 : cluster.pid();
    }

    /** CPU seconds of the postmaster and every process under it (the backends), 0 without one. */
    static double cpuSeconds(long postmasterPid) {
        if (postmasterPid <= 0) {
            return 0;
        }
        return ProcessHandle.of(postmasterPid)
                .map(h -> Stream.concat(Stream.of(h), h.descendants())
                        .mapToDouble(p -> p.info()
                                .totalCpuDuration()
                                .map(d -> d.toNanos() / 1e9)
                                .orElse(0.0))
                        .sum())
                .orElse(0.0);
    }

    @Override
    public void close() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }
}
