package io.sipush.ppg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The SIPp side of the benchmark: one client run that registers the terminals from an injection
 * file, and one long-running UAS that plays all of them (scenarios in {@code it/sipp/}).
 */
final class Sipp {
    private Sipp() {}

    /**
     * Registers {@code sip:u0000@ims.example.org} … with a contact each at the UAS; returns
     * SIPp's exit code (0 when every REGISTER got its 200).
     */
    static int register(BenchConfig config, int terminals) throws IOException, InterruptedException {
        Path csv = config.dir().resolve("terminals.csv");
        StringBuilder lines = new StringBuilder("SEQUENTIAL\n");
        for (int i = 0; i < terminals; i++) {
            lines.append(user(i)).append(";127.0.0.1:").append(config.uasPort()).append(";\n");
        }
        Files.writeString(csv, lines.toString(), StandardCharsets.US_ASCII);
        List<String> command = new ArrayList<>(List.of(
                "sipp",
                "-sf",
                scenario(config, "bench-register.xml").toString(),
                "-inf",
                csv.toString(),
                "-i",
                "127.0.0.1",
                "-p",
                Integer.toString(config.registerPort()),
                "-m",
                Integer.toString(terminals),
                "-r",
                "500",
                "-l",
                "200",
                "-nostdin",
                "-trace_err",
                "-error_file",
                config.dir().resolve("register-errors.log").toString(),
                "127.0.0.1:" + config.ppgSipPort()));
        Process sipp = new ProcessBuilder(command)
                .directory(config.dir().toFile())
                .redirectErrorStream(true)
                .redirectOutput(config.dir().resolve("register.out").toFile())
                .start();
        if (!sipp.waitFor(300, TimeUnit.SECONDS)) {
            sipp.destroyForcibly();
            return -1;
        }
        return sipp.exitValue();
    }

    static String user(int i) {
        return String.format("u%04d", i);
    }

    /** The terminals: answers every MESSAGE with 200 and logs its submit and receive times. */
    static final class Uas implements AutoCloseable {
        private final Process process;
        final Path log;

        private Uas(Process process, Path log) {
            this.process = process;
            this.log = log;
        }

        static Uas start(BenchConfig config) throws IOException, InterruptedException {
            Path log = config.dir().resolve("uas-receipts.log");
            Files.deleteIfExists(log);
            Process process = new ProcessBuilder(
                            "sipp",
                            "-sf",
                            scenario(config, "bench-uas.xml").toString(),
                            "-i",
                            "127.0.0.1",
                            "-p",
                            Integer.toString(config.uasPort()),
                            "-trace_logs",
                            "-log_file",
                            log.toString(),
                            "-trace_err",
                            "-error_file",
                            config.dir().resolve("uas-errors.log").toString(),
                            "-buff_size",
                            Integer.toString(4 * 1024 * 1024),
                            "-watchdog_minor_maxtriggers",
                            "1000000",
                            "-watchdog_major_maxtriggers",
                            "1000000",
                            "-nostdin")
                    .directory(config.dir().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(config.dir().resolve("uas.out").toFile())
                    .start();
            Thread.sleep(500);
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "SIPp UAS exited at once; see " + config.dir().resolve("uas.out"));
            }
            return new Uas(process, log);
        }

        long pid() {
            return process.pid();
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static Path scenario(BenchConfig config, String name) {
        return config.basedir().resolve("it/sipp").resolve(name);
    }
}
