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
 * The PPG benchmark (docs/benchmark.md; {@code mvn -Pbench verify}). Not a test: it starts the
 * real PPG, registers SIPp terminals, drives PAP load, reads what the terminals got, then does
 * the same MESSAGE load with a bare SIP container, and prints the figures against the targets.
 */
public final class PpgBenchmark {
    private static final String PI_NAME = "bench-pi";
    /**
     * The PPG's pushes to itself at start, as the shipped systemd unit and container image set
     * them ({@code -Dbench.ppgEnv=PPG_WARMUP_PUSHES=0} for none, as {@code mvn liberty:run}).
     */
    static final String WARM_UP_PUSHES = "5000";

    private String warmUpPushes = WARM_UP_PUSHES;
    private static final String PI_PASSWORD = "bench-password-4d2";
    private static final int PROFILE_SECONDS = 20;
    private static final int PENDING_MAX_SECONDS = 1200;

    private final BenchConfig config;
    private final List<String> report = new ArrayList<>();
    private final List<String[]> targets = new ArrayList<>();
    private Receipts receipts;
    private long ppgPid;
    private long uasPid;
    private long postgresPid = -1;
    private double bareCpuSeconds;
    private double bareCpuMsPerMessage = Double.NaN;
    private double bareRate = Double.NaN;

    // the figures of the phases that ran (null: not run)
    private CurlLikePhase.Figures cold;
    private CurlLikePhase.Figures curl;
    private PhaseFigures atRate;
    private PhaseFigures atPeak;
    private PhaseFigures saturated;
    private PhaseFigures overloaded;
    private Jvm.Heap heapAfterRun;
    private PendingFigures pending;
    private String profile;

    private PpgBenchmark(BenchConfig config) {
        this.config = config;
    }

    public static void main(String[] args) throws Exception {
        BenchConfig config = BenchConfig.fromSystemProperties();
        Integer instances = Integer.getInteger("bench.instances");
        if (instances != null) {
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
                ppgCpuSeconds(),
                cpuSeconds(ProcessHandle.current().pid()),
                cpuSeconds(uasPid));
    }

    /** The PPG's JVM, and with {@code -Dbench.db=postgresql} every process of its PostgreSQL. */
    private double ppgCpuSeconds() {
        return cpuSeconds(ppgPid) + BenchPostgres.cpuSeconds(postgresPid);
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
        try (Sipp.Uas uas = Sipp.Uas.start(config);
                BenchPostgres postgres = BenchPostgres.startIf(config)) {
            receipts = new Receipts(uas.log);
            uasPid = uas.pid();
            postgresPid = postgres.pid();
            Map<String, String> env = new java.util.HashMap<>(Map.of(
                    "PPG_BOOTSTRAP_PI", PI_NAME + ":" + PI_PASSWORD,
                    "PPG_HTTP_PORT", Integer.toString(config.ppgHttpPort()),
                    "PPG_HTTPS_PORT", Integer.toString(config.ppgHttpsPort()),
                    "PPG_SIP_PORT", Integer.toString(config.ppgSipPort())));
            env.putAll(postgres.ppgEnvironment());
            env.put("PPG_WARMUP_PUSHES", WARM_UP_PUSHES); // as the shipped systemd unit and image
            if (config.profile()) {
                // JFR keeps 64 frames by default: too few to see the servlet or engine entry below
                // Liberty, CDI, JTA, EclipseLink and Derby (JVM_ARGS is read by Liberty's script)
                env.put("JVM_ARGS", "-XX:FlightRecorderOptions:stackdepth=512");
            }
            env.putAll(extraPpgEnvironment());
            warmUpPushes = env.get("PPG_WARMUP_PUSHES");
            PpgServer ppg = PpgServer.create("ppg", env);
            say("Starting the PPG (HTTP " + config.ppgHttpPort() + ", SIP " + config.ppgSipPort() + ", store "
                    + config.db() + ") ...");
            ppg.startFresh();
            try {
                ppgPid = ppg.jvm()
                        .orElseThrow(() -> new IllegalStateException("no PPG JVM found"))
                        .pid();
                say("  PPG JVM pid " + ppgPid + (postgresPid > 0 ? ", PostgreSQL pid " + postgresPid : ""));
                awaitReadiness(ppg);
                loadPhases(ppg);
            } finally {
                say("Stopping the PPG ...");
                ppg.stop();
            }
            if (config.runs("bare")) {
                bare();
            }
            printReport();
        }
    }

    /** Waits for /health/ready to answer 200: the first pushes come when a load balancer's would. */
    private void awaitReadiness(PpgServer ppg) throws IOException, InterruptedException {
        java.net.URI ready = ppg.papUri().resolve("/health/ready");
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        long t0 = System.nanoTime();
        double cpu0 = cpuSeconds(ppgPid);
        int status = 0;
        while (status != 200 && System.nanoTime() - t0 < 120_000_000_000L) {
            Thread.sleep(100);
            status = http.send(
                            java.net.http.HttpRequest.newBuilder(ready).build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }
        say(String.format(
                "  /health/ready answered %d %.1f s after the application started (PPG CPU meanwhile %.1f s)",
                status, (System.nanoTime() - t0) / 1e9, cpuSeconds(ppgPid) - cpu0));
    }

    /** {@code -Dbench.ppgEnv=NAME=value,NAME=value}: settings for the PPG, for A/B runs. */
    private static Map<String, String> extraPpgEnvironment() {
        Map<String, String> env = new java.util.HashMap<>();
        for (String pair : System.getProperty("bench.ppgEnv", "").split(",")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                env.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return env;
    }

    private void loadPhases(PpgServer ppg) throws Exception {
        CurlLikePhase curlLike = new CurlLikePhase(ppg.papUri(), PI_NAME, PI_PASSWORD, this::ppgCpuSeconds);
        if (config.runs("cold")) {
            Path recording = config.dir().resolve("ppg-cold.jfr");
            if (config.profile()) {
                Files.deleteIfExists(recording);
                Jvm.startRecording(ppgPid, recording);
            }
            cold = curlLikePhase(
                    curlLike,
                    "cold",
                    "cold (the first pushes after /health/ready; at start the PPG pushed to itself PPG_WARMUP_PUSHES="
                            + warmUpPushes + " times)");
            if (config.profile()) {
                Jvm.stopRecording(ppgPid);
                say("  JFR of the cold phase: " + recording);
            }
        }
        register();
        PapLoad open = new PapLoad(ppg.papUri(), PI_NAME, PI_PASSWORD, config.maxInFlight());
        if (config.runs("warm")) {
            int warmRate = Math.max(1, Math.min(config.rate(), 500));
            phase(open, "warm", "warm-up", warmRate, config.warmSeconds());
        }
        if (config.runs("curl")) {
            curl = curlLikePhase(curlLike, "curl", "curl-like client after the warm-up");
        }
        if (config.runs("rate")) {
            atRate = phase(open, "r" + config.rate(), "rate", config.rate(), config.seconds());
        }
        if (config.runs("peak") && config.peakRate() > 0) {
            atPeak = phase(open, "r" + config.peakRate(), "peak", config.peakRate(), config.seconds());
        }
        if (config.runs("saturation")) {
            saturated = saturate(ppg);
        }
        if (config.runs("overload")) {
            overloaded = overload(open);
        }
        heapAfterRun = Jvm.heapAfterGc(ppgPid);
        say(String.format(
                "Heap after the run (after a full GC): %.0f MB used of %.0f MB committed",
                heapAfterRun.usedMb(), heapAfterRun.committedMb()));
        if (config.profile()) {
            profile = profile(open, ppgPid);
        }
        if (config.runs("pending")) {
            pending = pending(ppg);
        }
    }

    private void register() throws IOException, InterruptedException {
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
    }

    private CurlLikePhase.Figures curlLikePhase(CurlLikePhase curlLike, String kind, String name)
            throws InterruptedException, IOException {
        say(String.format(
                "Phase %s: %d pushes, %d in parallel on keep-alive connections, to terminals that never register ...",
                name, config.curlPushes(), CurlLikePhase.PARALLEL));
        CurlLikePhase.Figures figures = curlLike.run(kind, name, config.curlPushes());
        figures.pap().writeTimeline(config.dir().resolve("pap-" + kind + ".csv"));
        say(CurlLikePhase.describe(figures));
        return figures;
    }

    /** What the pending phase measured. */
    private record PendingFigures(int submitted, int deferred, PapLoad.Result pap, String states, Jvm.Heap heap) {
        double perSecond() {
            return pap.accepted() / pap.seconds();
        }
    }

    /**
     * {@code -Dbench.pending} pushes to unregistered terminals (no outbound proxy, so they stay
     * pending), {@code -Dbench.pendingDeferredPercent} of them with a deliver-after a year ahead,
     * then the heap after a full GC.
     */
    private PendingFigures pending(PpgServer ppg) throws IOException, InterruptedException {
        int count = config.pending();
        int percent = config.pendingDeferredPercent();
        PapLoad closed = new PapLoad(ppg.papUri(), PI_NAME, PI_PASSWORD, 32);
        say("Submitting " + count + " pushes to unregistered terminals (no outbound proxy), " + percent
                + " % with a deliver-after a year ahead ...");
        PapLoad.Result result = closed.closedLoop(
                "pend",
                count,
                config.pendingMaxSeconds(),
                i -> PapLoad.sipAddress(String.format("p%07d", i)),
                i -> i % 100 < percent);
        closed.close();
        say(String.format(
                "  %d accepted (202) in %.1f s (%.0f/s), others %s",
                result.accepted(), result.seconds(), result.accepted() / result.seconds(), result.others()));
        Thread.sleep(3000);
        String states = pendingState(ppg, result.count);
        Jvm.Heap heap = Jvm.heapAfterGc(ppgPid);
        say(String.format(
                "Heap with %d pending pushes (after a full GC): %.0f MB used of %.0f MB committed;"
                        + " status of the first and last: %s",
                result.accepted(), heap.usedMb(), heap.committedMb(), states));
        int deferred = (int) java.util.stream.IntStream.range(0, result.count)
                .filter(i -> i % 100 < percent)
                .count();
        return new PendingFigures(result.count, deferred, result, states, heap);
    }

    private void bare() throws Exception {
        say("Starting the bare container (HTTP " + config.bareHttpPort() + ", SIP " + config.bareSipPort() + ") ...");
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

    /**
     * Open loop at twice the saturation phase's delivered rate (or {@code -Dbench.overloadRate}):
     * what the PPG accepts, refuses with 4001 and delivers when more is offered than it can take.
     */
    private PhaseFigures overload(PapLoad load) throws InterruptedException, IOException {
        int rate = saturated != null
                ? (int) Math.round(2 * saturated.deliveredPerSecondInWindow())
                : Integer.getInteger("bench.overloadRate", 4000);
        say(String.format(
                "Phase overload: %d pushes/s (2x the saturation rate) for %d s to %d terminals ...",
                rate, config.seconds(), config.terminals()));
        Cpu before = cpuNow();
        PapLoad.Result result = load.openLoop("over", rate, config.seconds(), config.terminals());
        return sumUp("overload", rate, result, before);
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
                "  PAP latency p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms",
                Stats.percentile(figures.papMs(), 0.5),
                Stats.percentile(figures.papMs(), 0.99),
                Stats.percentile(figures.papMs(), 0.999),
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
                "  submit-to-delivered p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms",
                Stats.percentile(figures.endToEndMs(), 0.5),
                Stats.percentile(figures.endToEndMs(), 0.99),
                Stats.percentile(figures.endToEndMs(), 0.999),
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

    private void printReport() {
        System.out.println();
        System.out.println("==================== PPG benchmark report ====================");
        System.out.println("settings: " + config.describe());
        System.out.println("load average at the end: " + loadAverage());
        printCpuPerPush();
        for (CurlLikePhase.Figures f : nonNull(cold, curl)) {
            System.out.printf(
                    "%-10s %d pushes, %d in parallel, keep-alive, stored and left pending%n",
                    f.name(), f.pap().count, CurlLikePhase.PARALLEL);
            System.out.printf(
                    "  pushes accepted        %8.0f /s  (%d of %d got 202; others %s)%n",
                    f.acceptedPerSecond(),
                    f.pap().accepted(),
                    f.pap().count,
                    f.pap().others());
            printLatency("PAP response latency", f.papMs());
        }
        for (PhaseFigures f : nonNull(atRate, atPeak, saturated, overloaded)) {
            printPhase(f);
        }
        if (heapAfterRun != null) {
            System.out.printf(
                    "heap after the run       %8.0f MB used after full GC (%.0f MB committed, -Xmx1g)%n",
                    heapAfterRun.usedMb(), heapAfterRun.committedMb());
        }
        if (pending != null) {
            System.out.printf(
                    "pending pushes           %d submitted (%d with a deliver-after a year ahead) at %.0f /s, %d accepted;"
                            + " states %s; heap %.0f MB used after full GC (%.0f MB committed)%n",
                    pending.submitted(),
                    pending.deferred(),
                    pending.perSecond(),
                    pending.pap().accepted(),
                    pending.states(),
                    pending.heap().usedMb(),
                    pending.heap().committedMb());
        }
        double ppgBest = nonNull(atRate, atPeak, saturated).stream()
                .mapToDouble(PhaseFigures::deliveredPerSecondInWindow)
                .max()
                .orElse(Double.NaN);
        double ratio = ppgBest / bareRate;
        System.out.printf(
                "bare container           %8.0f MESSAGEs/s (window %d, 4 sender threads)%n", bareRate, config.window());
        System.out.printf(
                "PPG / bare               %8.1f %%  (best PPG delivered rate %.0f /s)%n", 100 * ratio, ppgBest);
        printTargets(ratio);
        if (profile != null) {
            System.out.println();
            System.out.println("Profile of the PPG under load (JFR CPU samples):");
            System.out.print(profile);
        }
        System.out.println("==============================================================");
    }

    /** The first figure: PPG CPU per push in each phase, against the bare container's per MESSAGE. */
    private void printCpuPerPush() {
        System.out.printf(
                "CPU per push (PPG JVM%s; per accepted push in the curl-like phases, per delivered push in the"
                        + " others)%n",
                postgresPid > 0 ? " + its PostgreSQL" : "");
        System.out.printf("  %-12s %6.2f ms per MESSAGE (same run)%n", "bare", bareCpuMsPerMessage);
        for (CurlLikePhase.Figures f : nonNull(cold, curl)) {
            printCpuLine(f.name().split(" ")[0], f.cpuMsPerPush());
        }
        for (PhaseFigures f : nonNull(atRate, atPeak, saturated, overloaded)) {
            printCpuLine(f.name(), 1000 * f.cpu().ppgSeconds() / Math.max(1, f.delivered()));
        }
    }

    private void printCpuLine(String name, double ms) {
        System.out.printf(
                "  %-12s %6.2f ms per push = %.1f x the bare container's%n", name, ms, ms / bareCpuMsPerMessage);
    }

    private void printPhase(PhaseFigures f) {
        System.out.printf(
                "%-10s %s%n",
                f.name(),
                f.offeredRate() > 0
                        ? "offered " + f.offeredRate() + " pushes/s (open loop)"
                        : Integer.getInteger("bench.satInFlight", 64) + " PAP requests in flight (closed loop)");
        System.out.printf(
                "  pushes accepted        %8.0f /s  (%d of %d got 202; refused with 4001: %d; others %s)%n",
                f.acceptedPerSecond(),
                f.pap().accepted(),
                f.pap().count,
                f.pap().others().getOrDefault(4001, 0),
                f.pap().others());
        System.out.printf(
                "  pushes delivered       %8.0f /s  during the load; %.0f /s first submit to last delivery; %d delivered, %d duplicates%n",
                f.deliveredPerSecondInWindow(), f.deliveredPerSecondOverall(), f.delivered(), f.duplicates());
        printLatency("PAP response latency", f.papMs());
        printLatency("submit-to-delivered", f.endToEndMs());
    }

    private static void printLatency(String what, double[] ms) {
        System.out.printf(
                "  %-22s p50 %6.1f ms   p99 %6.1f ms   p99.9 %6.1f ms%n",
                what, Stats.percentile(ms, 0.5), Stats.percentile(ms, 0.99), Stats.percentile(ms, 0.999));
    }

    @SafeVarargs
    private static <T> List<T> nonNull(T... figures) {
        return java.util.Arrays.stream(figures)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private void printTargets(double ratio) {
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
                atRate == null || config.rate() != 1000 ? null : Stats.percentile(atRate.papMs(), 0.99) < 50,
                atRate == null ? "not run" : String.format("%.1f ms", Stats.percentile(atRate.papMs(), 0.99)));
        target(
                "PPG >= 40 % of the bare container's MESSAGE rate",
                Double.isNaN(ratio) ? null : ratio >= 0.40, String.format("%.1f %%", 100 * ratio));
        target(
                String.format("%,d pending pushes with heap <= 512 MB (the issue: 1,000,000)", config.pending()),
                pending == null || config.pending() < 100_000
                        ? null
                        : pending.heap().usedMb() <= 512 && pending.states().startsWith("PENDING/PENDING"),
                pending == null
                        ? "not run"
                        : String.format("%.0f MB", pending.heap().usedMb()));
        target(
                "overload (2x saturation): delivered >= 95 % of the saturation rate",
                overloaded == null || saturated == null
                        ? null
                        : overloaded.deliveredPerSecondInWindow() >= 0.95 * saturated.deliveredPerSecondInWindow(),
                overloaded == null ? "not run" : String.format("%.0f /s", overloaded.deliveredPerSecondInWindow()));
        target(
                "overload: submit-to-delivered p99 of accepted pushes <= 2 s",
                overloaded == null ? null : Stats.percentile(overloaded.endToEndMs(), 0.99) <= 2000,
                overloaded == null
                        ? "not run"
                        : String.format("%.0f ms", Stats.percentile(overloaded.endToEndMs(), 0.99)));
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
