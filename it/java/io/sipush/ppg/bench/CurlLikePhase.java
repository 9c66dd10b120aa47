package io.sipush.ppg.bench;

import java.net.URI;
import java.util.function.DoubleSupplier;

/**
 * The client of the comparison with Kannel's PPG: what curl does with keep-alive connections, 4
 * requests in parallel (closed loop), each push to a terminal of its own that never registers, so
 * every push is stored and left pending. Run right after the start (the cold phase: the first
 * pushes an operator sends, before the JIT compiled the PPG's paths) and after the warm-up.
 */
final class CurlLikePhase {
    static final int PARALLEL = 4;
    private static final int MAX_SECONDS = 600;

    /** What the phase measured; CPU of the PPG's JVM (and its PostgreSQL) over the phase. */
    record Figures(String name, PapLoad.Result pap, double ppgCpuSeconds) {
        double acceptedPerSecond() {
            return pap.accepted() / pap.seconds();
        }

        double cpuMsPerPush() {
            return 1000 * ppgCpuSeconds / Math.max(1, pap.accepted());
        }

        double[] papMs() {
            return pap.acceptedLatenciesMs();
        }
    }

    private final URI endpoint;
    private final String user;
    private final String password;
    private final DoubleSupplier ppgCpuSeconds;

    CurlLikePhase(URI endpoint, String user, String password, DoubleSupplier ppgCpuSeconds) {
        this.endpoint = endpoint;
        this.user = user;
        this.password = password;
        this.ppgCpuSeconds = ppgCpuSeconds;
    }

    /** Sends {@code pushes} pushes, 4 in flight; {@code kind} names the phase and its terminals. */
    Figures run(String kind, String name, int pushes) throws InterruptedException {
        PapLoad load = new PapLoad(endpoint, user, password, PARALLEL);
        double cpuBefore = ppgCpuSeconds.getAsDouble();
        PapLoad.Result result =
                load.closedLoop(kind, pushes, MAX_SECONDS, i -> PapLoad.sipAddress(String.format("%s%06d", kind, i)));
        Figures figures = new Figures(name, result, ppgCpuSeconds.getAsDouble() - cpuBefore);
        load.close();
        return figures;
    }

    /** The phase's lines of the report. */
    static String describe(Figures f) {
        return String.format(
                "  %d of %d accepted (202) in %.1f s = %.0f /s; other answers %s%n"
                        + "  PAP response latency p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms%n"
                        + "  PPG CPU %.1f s = %.2f ms per accepted push",
                f.pap().accepted(),
                f.pap().count,
                f.pap().seconds(),
                f.acceptedPerSecond(),
                f.pap().others(),
                Stats.percentile(f.papMs(), 0.5),
                Stats.percentile(f.papMs(), 0.99),
                Stats.percentile(f.papMs(), 0.999),
                Stats.max(f.papMs()),
                f.ppgCpuSeconds(),
                f.cpuMsPerPush());
    }
}
