package io.sipush.ppg.bench;

import java.nio.file.Path;
import java.util.Set;

/**
 * The benchmark's settings, from system properties ({@code -Dbench.*} on the mvn command line).
 * {@code -Dbench.quick=true} shrinks every phase for a smoke run of about ten seconds of load.
 * Ports: {@code -Dbench.portBase}, else the {@code -Dit.port.base} of the same mvn command, else
 * 24000; the benchmark uses the base plus 43 to 102. {@code -Dbench.phases=cold,rate} runs only
 * the phases named (default: all of {@value #ALL_PHASES}); {@code -Dbench.db=postgresql} runs the
 * PPG on a PostgreSQL server of the benchmark's own.
 */
record BenchConfig(
        boolean quick,
        int terminals,
        int rate,
        int peakRate,
        int seconds,
        int warmSeconds,
        int pending,
        int bareSeconds,
        int window,
        int maxInFlight,
        int portBase,
        boolean profile,
        Set<String> phases,
        int curlPushes,
        int pendingDeferredPercent,
        int pendingMaxSeconds,
        String db,
        Path dir,
        Path basedir,
        Path testClasses,
        Path wlp) {

    static final String ALL_PHASES = "cold,warm,curl,rate,peak,saturation,overload,pending,bare";

    static BenchConfig fromSystemProperties() {
        boolean quick = Boolean.getBoolean("bench.quick");
        Path basedir = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
        return new BenchConfig(
                quick,
                Integer.getInteger("bench.terminals", quick ? 100 : 1000),
                Integer.getInteger("bench.rate", quick ? 200 : 1000),
                Integer.getInteger("bench.peakRate", quick ? 0 : 2000),
                Integer.getInteger("bench.seconds", quick ? 3 : 30),
                Integer.getInteger("bench.warmSeconds", quick ? 1 : 120),
                Integer.getInteger("bench.pending", quick ? 2000 : 100_000),
                Integer.getInteger("bench.bareSeconds", quick ? 3 : 20),
                Integer.getInteger("bench.window", 200),
                Integer.getInteger("bench.maxInFlight", 256),
                Integer.getInteger("bench.portBase", Integer.getInteger("it.port.base", 24000)),
                Boolean.getBoolean("bench.profile"),
                Set.of(System.getProperty("bench.phases", ALL_PHASES).split(",")),
                Integer.getInteger("bench.curlPushes", quick ? 1000 : 6000),
                Integer.getInteger("bench.pendingDeferredPercent", 10),
                Integer.getInteger("bench.pendingMaxSeconds", 1200),
                System.getProperty("bench.db", "derby"),
                Path.of(System.getProperty(
                                "bench.dir", basedir.resolve("target/bench").toString()))
                        .toAbsolutePath(),
                basedir,
                Path.of(System.getProperty(
                                "bench.test.classes",
                                basedir.resolve("target/test-classes").toString()))
                        .toAbsolutePath(),
                Path.of(System.getProperty(
                                "ppg.wlp.dir",
                                basedir.resolve("target/liberty/wlp").toString()))
                        .toAbsolutePath());
    }

    /** Whether the phase is among {@code -Dbench.phases}. */
    boolean runs(String phase) {
        return phases.contains(phase);
    }

    boolean onPostgresql() {
        return "postgresql".equalsIgnoreCase(db);
    }

    /** The benchmark's own PostgreSQL server, with {@code -Dbench.db=postgresql}. */
    int postgresPort() {
        return portBase + 102;
    }

    int ppgHttpPort() {
        return portBase + 80;
    }

    int ppgHttpsPort() {
        return portBase + 43;
    }

    int ppgSipPort() {
        return portBase + 60;
    }

    int bareHttpPort() {
        return portBase + 81;
    }

    int bareSipPort() {
        return portBase + 61;
    }

    /** The SIPp UAS that plays every terminal. */
    int uasPort() {
        return portBase + 100;
    }

    /** The SIPp client that registers the terminals. */
    int registerPort() {
        return portBase + 101;
    }

    String describe() {
        return String.format(
                "terminals=%d rate=%d/s peakRate=%d/s seconds=%d warmSeconds=%d pending=%d bareSeconds=%d"
                        + " window=%d maxInFlight=%d portBase=%d quick=%s profile=%s phases=%s curlPushes=%d"
                        + " pendingDeferredPercent=%d db=%s",
                terminals,
                rate,
                peakRate,
                seconds,
                warmSeconds,
                pending,
                bareSeconds,
                window,
                maxInFlight,
                portBase,
                quick,
                profile,
                String.join(",", phases),
                curlPushes,
                pendingDeferredPercent,
                db);
    }
}
