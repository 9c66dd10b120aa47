package io.sipush.ppg.bench;

import io.sipush.ppg.it.PostgresCluster;
import io.sipush.ppg.it.PpgServer;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * {@code -Dbench.instances=N}: N PPG instances (1 for the figure to compare with) on one PostgreSQL of the benchmark's own,
 * the SIPp terminals registered at instance 1 (the registrations are in the shared database), and
 * the PAP load split evenly over the instances (each gets rate/N, as a balancer would give it).
 * The instances share the machine's cores, so the figure is the CPU per push summed over every
 * PPG JVM and over PostgreSQL, not a speed-up. Ports: PostgreSQL base+20, instance 1 the single
 * PPG's ports, instance i ≥ 2 HTTP base+30+i, HTTPS base+36+i, SIP base+23+i.
 */
final class MultiInstanceBench {
    private static final String PI_NAME = "bench-pi";
    private static final String PI_PASSWORD = "bench-password-4d2";
    private static final String DB_PASSWORD = "bench-db-password";

    private final BenchConfig config;
    private final int instances;
    private final List<PpgServer> servers = new ArrayList<>();

    private MultiInstanceBench(BenchConfig config, int instances) {
        this.config = config;
        this.instances = instances;
    }

    static void run(BenchConfig config, int instances) throws Exception {
        Files.createDirectories(config.dir());
        new MultiInstanceBench(config, instances).run();
    }

    private void run() throws Exception {
        say("PPG benchmark, " + instances + " instances on one PostgreSQL, "
                + Runtime.getRuntime().availableProcessors() + " CPUs; " + config.describe());
        try (Sipp.Uas uas = Sipp.Uas.start(config);
                PostgresCluster postgres = PostgresCluster.start(config.portBase() + 20)) {
            postgres.createDatabase("ppg", DB_PASSWORD);
            try {
                for (int i = 1; i <= instances; i++) {
                    PpgServer server = PpgServer.create("ppg-" + i, variables(i, postgres.jdbcUrl("ppg")));
                    servers.add(server);
                    say("Starting instance ppg-" + i + " ...");
                    server.startFresh();
                }
                int rc = Sipp.register(config, config.terminals());
                say("Registered " + config.terminals() + " terminals at ppg-1 (SIPp exit code " + rc + ")");
                Receipts receipts = new Receipts(uas.log);
                spread("mw", Math.max(instances, Math.min(config.rate(), 500)), config.warmSeconds(), receipts);
                measure(receipts, uas.pid());
            } finally {
                for (PpgServer server : servers) {
                    server.stop();
                }
            }
        }
    }

    private Map<String, String> variables(int instance, String jdbcUrl) {
        Map<String, String> env = new HashMap<>();
        env.put("PPG_INSTANCE_ID", "ppg-" + instance);
        env.put("PPG_BOOTSTRAP_PI", PI_NAME + ":" + PI_PASSWORD);
        env.put("PPG_DB", jdbcUrl);
        env.put("PPG_DB_USER", "ppg");
        env.put("PPG_DB_PASSWORD", DB_PASSWORD);
        env.put("PPG_WARMUP_PUSHES", PpgBenchmark.WARM_UP_PUSHES); // as the shipped systemd unit and image
        boolean first = instance == 1;
        env.put("PPG_HTTP_PORT", Integer.toString(first ? config.ppgHttpPort() : config.portBase() + 30 + instance));
        env.put("PPG_HTTPS_PORT", Integer.toString(first ? config.ppgHttpsPort() : config.portBase() + 36 + instance));
        env.put("PPG_SIP_PORT", Integer.toString(first ? config.ppgSipPort() : config.portBase() + 23 + instance));
        return env;
    }

    /** The measured phase: CPU of every PPG JVM and of PostgreSQL, per push delivered. */
    private void measure(Receipts receipts, long uasPid) throws Exception {
        double[] before = cpu();
        long start = System.nanoTime();
        int[] totals = spread("mi", config.rate(), config.seconds(), receipts);
        double wall = (System.nanoTime() - start) / 1e9;
        double[] used = cpu();
        for (int i = 0; i < used.length; i++) {
            used[i] -= before[i];
        }
        int delivered = totals[1];
        double ppgSeconds = 0;
        StringBuilder perJvm = new StringBuilder();
        for (int i = 0; i < instances; i++) {
            ppgSeconds += used[i];
            perJvm.append(String.format(" ppg-%d %.1f s", i + 1, used[i]));
        }
        double postgresSeconds = used[instances];
        say(String.format(
                "Measured: %d pushes/s offered for %d s over %d instances; accepted %d, delivered %d (+%d duplicates)"
                        + " in %.1f s",
                config.rate(), config.seconds(), instances, totals[0], delivered, totals[2], wall));
        say(String.format(
                "  CPU:%s, PPG JVMs together %.1f s = %.2f ms per push delivered; PostgreSQL %.1f s = %.2f ms per push;"
                        + " both %.2f ms per push",
                perJvm,
                ppgSeconds,
                1000 * ppgSeconds / Math.max(1, delivered),
                postgresSeconds,
                1000 * postgresSeconds / Math.max(1, delivered),
                1000 * (ppgSeconds + postgresSeconds) / Math.max(1, delivered)));
    }

    /**
     * An open-loop phase of {@code rate} pushes/s in all, rate/N to each instance at once; waits
     * for the deliveries. Returns accepted, delivered (unique) and duplicates over all instances.
     */
    private int[] spread(String kind, int rate, int seconds, Receipts receipts) throws Exception {
        ExecutorService phases = Executors.newFixedThreadPool(instances);
        List<Future<PapLoad.Result>> results = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            PpgServer server = servers.get(i);
            String instanceKind = kind + (i + 1);
            PapLoad load = new PapLoad(
                    URI.create(server.papUri().toString()),
                    PI_NAME,
                    PI_PASSWORD,
                    Math.max(8, config.maxInFlight() / instances));
            results.add(phases.submit(
                    () -> load.openLoop(instanceKind, Math.max(1, rate / instances), seconds, config.terminals())));
        }
        int[] totals = new int[3];
        for (int i = 0; i < instances; i++) {
            PapLoad.Result result = results.get(i).get();
            Receipts.Phase received = awaitDeliveries(receipts, result.kind, result.accepted());
            totals[0] += result.accepted();
            totals[1] += received.unique();
            totals[2] += (int) received.duplicates();
            say(String.format(
                    "  [%s] ppg-%d: accepted %d, other answers %s, delivered %d (+%d duplicates)",
                    result.kind, i + 1, result.accepted(), result.others(), received.unique(), received.duplicates()));
        }
        phases.shutdown();
        return totals;
    }

    private Receipts.Phase awaitDeliveries(Receipts receipts, String kind, int accepted) throws Exception {
        long deadline = System.nanoTime() + 1_000_000_000L * Integer.getInteger("bench.drainSeconds", 60);
        Receipts.Phase phase = receipts.phase(kind);
        while (phase.unique() < accepted && System.nanoTime() < deadline) {
            Thread.sleep(200);
            phase = receipts.phase(kind);
        }
        return phase;
    }

    /** CPU seconds so far: each PPG JVM, then PostgreSQL (its server and live backends). */
    private double[] cpu() {
        double[] seconds = new double[instances + 1];
        for (int i = 0; i < instances; i++) {
            seconds[i] =
                    servers.get(i).jvm().map(MultiInstanceBench::cpuSeconds).orElse(Double.NaN);
        }
        seconds[instances] =
                postgresProcesses().mapToDouble(MultiInstanceBench::cpuSeconds).sum();
        return seconds;
    }

    /** The benchmark's postmaster (its command line names its port) and its children. */
    private Stream<ProcessHandle> postgresProcesses() {
        String port = "-p " + (config.portBase() + 20);
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(port)
                        && p.info().command().orElse("").endsWith("/postgres"))
                .flatMap(p -> Stream.concat(Stream.of(p), p.descendants()));
    }

    private static double cpuSeconds(ProcessHandle process) {
        return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
