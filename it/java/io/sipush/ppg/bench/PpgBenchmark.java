package io.sipush.ppg.bench;

import io.sipush.ppg.it.PapClient;
import io.sipush.ppg.it.PpgServer;
import io.sipush.ppg.it.Status;
import io.sipush.ppg.pap.StatusQueryResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PPG benchmark (README "Benchmark"; {@code mvn -Pbench verify}). Not a test: it starts the
 * real PPG, registers SIPp terminals, drives PAP load, reads what the terminals got, then does
 * the same MESSAGE load with a bare SIP container, and prints the figures against the targets.
 */
public final class PpgBenchmark {
    private static final String PI_NAME = "bench-pi";
    private static final String PI_PASSWORD = "bench-password-4d2";
    private static final int PROFILE_SECONDS = 20;
    private static final int PENDING_MAX_SECONDS = 1200;

    private final BenchConfig config;
    private final List<String> report = new ArrayList<>();
    private final List<String[]> targets = new ArrayList<>();
    private Receipts receipts;
    private long ppgPid;
    private long uasPid;
    private double bareCpuSeconds;
    private double bareCpuMsPerMessage;

    private PpgBenchmark(BenchConfig config) {
        this.config = config;
    }

    public static void main(String[] args) throws Exception {
        BenchConfig config = BenchConfig.fromSystemProperties();
        int instances = Integer.getInteger("bench.instances", 1);
        if (instances > 1) {
            MultiInstanceBench.run(config, instances); // -Dbench.instances=N: N PPGs on one PostgreSQL
            return;
        }
        Files.createDirectories(config.dir());
        for (String stale : List.of("uas-errors.log", "register-errors.log", "uas-receipts.log")) {
            Files.deleteIfExists(config.dir().resolve(stale));
        }
        new PpgBenchmark(config).run();
    }

    /** The figures of one load phase against the PPG. */
    private record PhaseFigures(
            String name,
            int offeredRate,
            PapLoad.Result pap,
            int delivered,
            long duplicates,
            double acceptedPerSecond,
            double deliveredPerSecondInWindow,
            double deliveredPerSecondOverall,
            double drainMs,
            double[] papMs,
            double[] endToEndMs,
            Cpu cpu) {}

    /** CPU seconds used during a phase (load and drain) by the PPG, the load generator and SIPp. */
    private record Cpu(double wallSeconds, double ppgSeconds, double generatorSeconds, double sippSeconds) {
        Cpu minus(Cpu before) {
            return new Cpu(
                    wallSeconds - before.wallSeconds,
                    ppgSeconds - before.ppgSeconds,
                    generatorSeconds - before.generatorSeconds,
                    sippSeconds - before.sippSeconds);
        }
    }

    private Cpu cpuNow() {
        return new Cpu(
                System.nanoTime() / 1e9,
                cpuSeconds(ppgPid),
                cpuSeconds(ProcessHandle.current().pid()),
                cpuSeconds(uasPid));
    }

    private static double cpuSeconds(long pid) {
        return ProcessHandle.of(pid)
                .flatMap(h -> h.info().totalCpuDuration())
                .map(d -> d.toNanos() / 1e9)
                .orElse(Double.NaN);
    }

    private void run() throws Exception {
        say("PPG benchmark " + Instant.now() + " on " + Runtime.getRuntime().availableProcessors() + " CPUs");
        say("  settings: " + config.describe());
        say("  load average before: " + loadAverage() + "; other Liberty servers running: " + otherLibertyServers());
        PhaseFigures atRate;
        PhaseFigures atPeak = null;
        PhaseFigures saturated;
        Jvm.Heap heapAfterRun;
        Jvm.Heap heapPending;
        String pendingState;
        double pendingPerSecond;
        String profile = null;
        try (Sipp.Uas uas = Sipp.Uas.start(config)) {
            receipts = new Receipts(uas.log);
            uasPid = uas.pid();
            Map<String, String> env = new java.util.HashMap<>(Map.of(
                    "PPG_BOOTSTRAP_PI", PI_NAME + ":" + PI_PASSWORD,
                    "PPG_HTTP_PORT", Integer.toString(config.ppgHttpPort()),
                    "PPG_HTTPS_PORT", Integer.toString(config.ppgHttpsPort()),
                    "PPG_SIP_PORT", Integer.toString(config.ppgSipPort())));
            if (config.profile()) {
                // JFR keeps 64 frames by default: too few to see the servlet or engine entry below
                // Liberty, CDI, JTA, EclipseLink and Derby (JVM_ARGS is read by Liberty's script)
                env.put("JVM_ARGS", "-XX:FlightRecorderOptions:stackdepth=512");
            }
            PpgServer ppg = PpgServer.create("ppg", env);
            say("Starting the PPG (HTTP " + config.ppgHttpPort() + ", SIP " + config.ppgSipPort() + ") ...");
            ppg.startFresh();
            try {
                long pid = ppg.jvm()
                        .orElseThrow(() -> new IllegalStateException("no PPG JVM found"))
                        .pid();
                ppgPid = pid;
                say("  PPG JVM pid " + pid);
                long t0 = System.nanoTime();
                int rc = Sipp.register(config, config.terminals());
                say(String.format(
                        "Registered %d terminals with SIPp in %.1f s (SIPp exit code %d%s)",
                        config.terminals(),
                        (System.nanoTime() - t0) / 1e9,
                        rc,
                        rc == 0 ? ": every REGISTER got 200" : "; see target/bench/register.out"));
                if (rc != 0) {
                    throw new IllegalStateException("registration failed");
                }
                PapLoad open = new PapLoad(ppg.papUri(), PI_NAME, PI_PASSWORD, config.maxInFlight());
                int warmRate = Math.max(1, Math.min(config.rate(), 500));
                phase(open, "warm", "warm-up", warmRate, config.warmSeconds());
                atRate = phase(open, "r" + config.rate(), "rate", config.rate(), config.seconds());
                if (config.peakRate() > 0) {
                    atPeak = phase(open, "r" + config.peakRate(), "peak", config.peakRate(), config.seconds());
                }
                saturated = saturate(ppg);
                heapAfterRun = Jvm.heapAfterGc(pid);
                say(String.format(
                        "Heap after the run (after a full GC): %.0f MB used of %.0f MB committed",
                        heapAfterRun.usedMb(), heapAfterRun.committedMb()));
                if (config.profile()) {
                    profile = profile(open, pid);
                }
                PapLoad closed = new PapLoad(ppg.papUri(), PI_NAME, PI_PASSWORD, 32);
                say("Submitting " + config.pending() + " pushes to unregistered terminals (no outbound proxy) ...");
                PapLoad.Result pending = closed.closedLoop(
                        "pend",
                        config.pending(),
                        PENDING_MAX_SECONDS,
                        i -> PapLoad.sipAddress(String.format("p%06d", i)));
                pendingPerSecond = pending.accepted() / pending.seconds();
                say(String.format(
                        "  %d accepted (202) in %.1f s (%.0f/s), others %s",
                        pending.accepted(), pending.seconds(), pendingPerSecond, pending.others()));
                Thread.sleep(3000);
                pendingState = pendingState(ppg, config.pending());
                heapPending = Jvm.heapAfterGc(pid);
                say(String.format(
                        "Heap with %d pending pushes (after a full GC): %.0f MB used of %.0f MB committed;"
                                + " status of the first and last: %s",
                        pending.accepted(), heapPending.usedMb(), heapPending.committedMb(), pendingState));
            } finally {
                say("Stopping the PPG ...");
                ppg.stop();
            }
            bare(atRate, atPeak, saturated, heapAfterRun, heapPending, pendingState, pendingPerSecond, profile);
        }
    }

    private void bare(
            PhaseFigures atRate,
            PhaseFigures atPeak,
            PhaseFigures saturated,
            Jvm.Heap heapAfterRun,
            Jvm.Heap heapPending,
            String pendingState,
            double pendingPerSecond,
            String profile)
            throws Exception {
        say("Starting the bare container (HTTP " + config.bareHttpPort() + ", SIP " + config.bareSipPort() + ") ...");
        double bareRate;
        String bareAnswer;
        try (BareContainer bare = BareContainer.install(config)) {
            bare.start();
            String warm =
                    bare.run("barewarm", Math.max(1, config.warmSeconds() / 2), config.window(), config.terminals(), 4);
            say("  warm-up: " + warm);
            long barePid = bare.jvm().map(ProcessHandle::pid).orElse(-1L);
            double cpuBefore = cpuSeconds(barePid);
            double wallBefore = System.nanoTime() / 1e9;
            bareAnswer = bare.run("bare", config.bareSeconds(), config.window(), config.terminals(), 4);
            bareCpuSeconds = cpuSeconds(barePid) - cpuBefore;
            double wall = System.nanoTime() / 1e9 - wallBefore;
            say("  run: " + bareAnswer);
            Thread.sleep(1000);
            Receipts.Phase received = receipts.phase("bare");
            double first = received.firstReceiptMs.values().stream()
                    .mapToDouble(Double::doubleValue)
                    .min()
                    .orElse(Double.NaN);
            bareRate = received.unique() / ((received.lastReceiptMs() - first) / 1000.0);
            Matcher m = Pattern.compile("ok=(\\d+) .*elapsedMs=(\\d+)").matcher(bareAnswer);
            double servletRate = m.find() ? Long.parseLong(m.group(1)) / (Long.parseLong(m.group(2)) / 1000.0) : 0;
            bareCpuMsPerMessage = 1000 * bareCpuSeconds / Math.max(1, received.unique());
            say(String.format(
                    "  bare container: %.0f MESSAGEs/s received by the terminals (%d unique), %.0f 2xx/s counted"
                            + " by the servlet; CPU %.1f s in %.1f s = %.2f ms per MESSAGE",
                    bareRate, received.unique(), servletRate, bareCpuSeconds, wall, bareCpuMsPerMessage));
        }
        printReport(
                atRate,
                atPeak,
                saturated,
                heapAfterRun,
                heapPending,
                pendingState,
                pendingPerSecond,
                bareRate,
                profile);
    }

    /** An open-loop phase: sends, waits until every accepted push reached a terminal, sums up. */
    private PhaseFigures phase(PapLoad load, String kind, String name, int rate, int seconds)
            throws InterruptedException, IOException {
        say(String.format(
                "Phase %s: %d pushes/s for %d s to %d terminals ...", name, rate, seconds, config.terminals()));
        Cpu before = cpuNow();
        PapLoad.Result result = load.openLoop(kind, rate, seconds, config.terminals());
        return sumUp(name, rate, result, before);
    }

    /** As many pushes as 64 PAP requests in flight allow: the PPG's end-to-end capacity. */
    private PhaseFigures saturate(PpgServer ppg) throws InterruptedException, IOException {
        int inFlight = Integer.getInteger("bench.satInFlight", 64);
        int seconds = Math.max(3, config.seconds() * 2 / 3);
        say(String.format(
                "Phase saturation: %d PAP requests in flight for %d s to %d terminals ...",
                inFlight, seconds, config.terminals()));
        PapLoad load = new PapLoad(ppg.papUri(), PI_NAME, PI_PASSWORD, inFlight);
        Cpu before = cpuNow();
        PapLoad.Result result = load.closedLoop(
                "sat",
                200_000,
                seconds,
                i -> PapLoad.sipAddress(Sipp.user(
                        java.util.concurrent.ThreadLocalRandom.current().nextInt(config.terminals()))));
        return sumUp("saturation", 0, result, before);
    }

    private PhaseFigures sumUp(String name, int rate, PapLoad.Result result, Cpu before)
            throws InterruptedException, IOException {
        int accepted = result.accepted();
        result.writeTimeline(config.dir().resolve("pap-" + result.kind + ".csv"));
        Receipts.Phase received = awaitDeliveries(result.kind, accepted);
        Cpu cpu = cpuNow().minus(before);
        double seconds = result.seconds();
        PhaseFigures figures = new PhaseFigures(
                name,
                rate,
                result,
                received.unique(),
                received.duplicates(),
                accepted / seconds,
                received.receivedBetween(result.startEpochMs, result.endEpochMs) / seconds,
                received.unique() / ((received.lastReceiptMs() - result.startEpochMs) / 1000.0),
                received.lastReceiptMs() - result.endEpochMs,
                result.acceptedLatenciesMs(),
                received.latenciesMs(),
                cpu);
        say(String.format(
                "  sent %d in %.1f s; accepted (202) %d = %.0f/s; other answers %s; generator lag p99 %.1f ms",
                result.count,
                seconds,
                accepted,
                figures.acceptedPerSecond(),
                result.others(),
                Stats.percentile(result.lagMs(), 0.99)));
        say(String.format(
                "  PAP latency p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                Stats.percentile(figures.papMs(), 0.5),
                Stats.percentile(figures.papMs(), 0.99),
                Stats.max(figures.papMs())));
        say(String.format(
                "  delivered %d (+%d duplicates): %.0f/s during the load, %.0f/s from first submit to last delivery,"
                        + " last delivery %.0f ms after the load ended",
                figures.delivered(),
                figures.duplicates(),
                figures.deliveredPerSecondInWindow(),
                figures.deliveredPerSecondOverall(),
                figures.drainMs()));
        say(String.format(
                "  submit-to-delivered p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                Stats.percentile(figures.endToEndMs(), 0.5),
                Stats.percentile(figures.endToEndMs(), 0.99),
                Stats.max(figures.endToEndMs())));
        say(String.format(
                "  CPU over %.1f s of load and drain: PPG %.1f s (%.2f ms per delivered push), load generator %.1f s,"
                        + " SIPp %.1f s",
                cpu.wallSeconds(),
                cpu.ppgSeconds(),
                1000 * cpu.ppgSeconds() / Math.max(1, figures.delivered()),
                cpu.generatorSeconds(),
                cpu.sippSeconds()));
        return figures;
    }

    /**
     * Waits until the terminals got every accepted push, nothing arrived for 20 s, or the drain
     * limit ({@code -Dbench.drainSeconds}) passed.
     */
    private Receipts.Phase awaitDeliveries(String kind, int accepted) throws InterruptedException, IOException {
        long lastProgress = System.nanoTime();
        int seen = -1;
        long deadline =
                System.nanoTime() + 1_000_000_000L * Integer.getInteger("bench.drainSeconds", config.quick() ? 20 : 60);
        while (System.nanoTime() < deadline) {
            Receipts.Phase phase = receipts.phase(kind);
            if (phase.unique() >= accepted) {
                return phase;
            }
            if (phase.unique() != seen) {
                seen = phase.unique();
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > 20_000_000_000L) {
                say("  (" + (accepted - seen) + " accepted pushes not delivered after 20 s without progress)");
                return phase;
            }
            Thread.sleep(200);
        }
        Receipts.Phase phase = receipts.phase(kind);
        say("  (" + (accepted - phase.unique()) + " accepted pushes not yet delivered when the drain limit passed;"
                + " they go on in the background)");
        return phase;
    }

    private String profile(PapLoad load, long pid) throws IOException, InterruptedException {
        int rate = config.peakRate() > 0 ? config.peakRate() : config.rate();
        Path recording = config.dir().resolve("ppg-profile.jfr");
        Files.deleteIfExists(recording);
        say(String.format(
                "Profile: JFR on the PPG during %d s at %d pushes/s (not part of the figures) ...",
                PROFILE_SECONDS, rate));
        Jvm.startRecording(pid, recording);
        String[] dumps = new String[1];
        Thread sampler = new Thread(() -> {
            try {
                Thread.sleep(2000);
                dumps[0] = Jvm.threadSamples(pid, PROFILE_SECONDS - 5, 1000);
            } catch (IOException | InterruptedException e) {
                dumps[0] = "  thread samples failed: " + e;
            }
        });
        sampler.start();
        PapLoad.Result result = load.openLoop("prof", rate, PROFILE_SECONDS, config.terminals());
        sampler.join();
        Jvm.stopRecording(pid);
        awaitDeliveries("prof", result.accepted());
        String summary = Jvm.profile(recording, 25) + "Where the threads are (jcmd Thread.print samples):\n" + dumps[0];
        say(summary);
        return summary;
    }

    private String pendingState(PpgServer ppg, int count) {
        PapClient pi = new PapClient(ppg.papUri(), PI_NAME, PI_PASSWORD);
        try {
            StatusQueryResult first = Status.of(pi, PapLoad.pushId("pend", 0)).get(0);
            StatusQueryResult last =
                    Status.of(pi, PapLoad.pushId("pend", count - 1)).get(0);
            return first.messageState() + "/" + last.messageState();
        } catch (Exception e) {
            return "status query failed: " + e;
        }
    }

    private void printReport(
            PhaseFigures atRate,
            PhaseFigures atPeak,
            PhaseFigures saturated,
            Jvm.Heap heapAfterRun,
            Jvm.Heap heapPending,
            String pendingState,
            double pendingPerSecond,
            double bareRate,
            String profile) {
        System.out.println();
        System.out.println("==================== PPG benchmark report ====================");
        System.out.println("settings: " + config.describe());
        System.out.println("load average at the end: " + loadAverage());
        for (PhaseFigures f : atPeak == null ? List.of(atRate, saturated) : List.of(atRate, atPeak, saturated)) {
            System.out.printf(
                    "%-10s %s%n",
                    f.name(),
                    f.offeredRate() > 0
                            ? "offered " + f.offeredRate() + " pushes/s (open loop)"
                            : "64 PAP requests in flight (closed loop)");
            System.out.printf(
                    "  pushes accepted        %8.0f /s  (%d of %d got 202)%n",
                    f.acceptedPerSecond(), f.pap().accepted(), f.pap().count);
            System.out.printf(
                    "  pushes delivered       %8.0f /s  during the load; %.0f /s first submit to last delivery; %d delivered, %d duplicates%n",
                    f.deliveredPerSecondInWindow(), f.deliveredPerSecondOverall(), f.delivered(), f.duplicates());
            System.out.printf(
                    "  PAP response latency   p50 %6.1f ms   p99 %6.1f ms%n",
                    Stats.percentile(f.papMs(), 0.5), Stats.percentile(f.papMs(), 0.99));
            System.out.printf(
                    "  submit-to-delivered    p50 %6.1f ms   p99 %6.1f ms%n",
                    Stats.percentile(f.endToEndMs(), 0.5), Stats.percentile(f.endToEndMs(), 0.99));
        }
        System.out.printf(
                "heap after the run       %8.0f MB used after full GC (%.0f MB committed, -Xmx1g)%n",
                heapAfterRun.usedMb(), heapAfterRun.committedMb());
        System.out.printf(
                "pending pushes           %d submitted at %.0f /s; states %s; heap %.0f MB used after full GC (%.0f MB committed)%n",
                config.pending(), pendingPerSecond, pendingState, heapPending.usedMb(), heapPending.committedMb());
        double ppgBest = Math.max(
                saturated.deliveredPerSecondInWindow(),
                Math.max(
                        atRate.deliveredPerSecondInWindow(), atPeak == null ? 0 : atPeak.deliveredPerSecondInWindow()));
        double ratio = ppgBest / bareRate;
        System.out.printf(
                "bare container           %8.0f MESSAGEs/s (window %d, 4 sender threads)%n", bareRate, config.window());
        System.out.printf(
                "PPG / bare               %8.1f %%  (best PPG delivered rate %.0f /s)%n", 100 * ratio, ppgBest);
        System.out.println();
        System.out.println("Targets (2-core machine):");
        boolean full = config.terminals() == 1000;
        target(
                "delivered >= 2000 pushes/s, 1000 terminals (peak phase, >= 98 % of 2000 during the load, none lost)",
                atPeak == null || config.peakRate() != 2000 || !full
                        ? null
                        : atPeak.deliveredPerSecondInWindow() >= 1960
                                && atPeak.delivered() >= atPeak.pap().accepted()
                                && atPeak.pap().accepted() == atPeak.pap().count,
                atPeak == null ? "not run" : String.format("%.0f /s", atPeak.deliveredPerSecondInWindow()));
        target(
                "PAP p99 < 50 ms at 1000 pushes/s",
                config.rate() != 1000 ? null : Stats.percentile(atRate.papMs(), 0.99) < 50,
                String.format("%.1f ms", Stats.percentile(atRate.papMs(), 0.99)));
        target(
                "PPG >= 40 % of the bare container's MESSAGE rate",
                ratio >= 0.40, String.format("%.1f %%", 100 * ratio));
        target(
                "100,000 pending pushes with heap <= 512 MB",
                config.pending() < 100_000
                        ? null
                        : heapPending.usedMb() <= 512 && pendingState.startsWith("PENDING/PENDING"),
                String.format("%.0f MB", heapPending.usedMb()));
        if (profile != null) {
            System.out.println();
            System.out.println("Profile of the PPG under load (JFR CPU samples):");
            System.out.print(profile);
        }
        System.out.println("==============================================================");
    }

    private void target(String what, Boolean pass, String value) {
        System.out.printf("  %-4s %-100s %s%n", pass == null ? "n/a" : pass ? "PASS" : "FAIL", what, value);
    }

    private void say(String line) {
        System.out.println(line);
        System.out.flush();
        report.add(line);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long otherLibertyServers() {
        return ProcessHandle.allProcesses()
                .filter(h -> h.info().commandLine().orElse("").contains("ws-server.jar"))
                .count();
    }
}
